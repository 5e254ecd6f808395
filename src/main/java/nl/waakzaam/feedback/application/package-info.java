/**
 * Use cases of reporter follow-up: opening a session with the receipt code (with limits on wrong
 * codes), reading the signal's status, timeline and conversation, writing to the platform, ending
 * the session; and the notices of news, written when a signal event brings news for the reporter.
 */
package nl.waakzaam.feedback.application;
