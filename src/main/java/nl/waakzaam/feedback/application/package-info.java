/**
 * Use cases of reporter follow-up: opening a session with the receipt code (with limits on wrong
 * codes), reading the signal's status and timeline, ending the session.
 */
package nl.waakzaam.feedback.application;
