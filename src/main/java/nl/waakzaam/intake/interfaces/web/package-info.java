/**
 * The reporter's signal forms: one per kind, in short steps with a review before sending, plain
 * HTML forms that work without JavaScript, checked by the same rules as the API.
 */
package nl.waakzaam.intake.interfaces.web;
