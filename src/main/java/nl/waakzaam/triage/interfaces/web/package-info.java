/**
 * What the staff console needs from the server besides the API: where to log in. The console itself
 * is static (webapp/console) and talks to the API with the staff member's token.
 */
package nl.waakzaam.triage.interfaces.web;
