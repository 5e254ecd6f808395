/**
 * The reporter's follow-up page: the receipt code opens a session (the first and only cookie a
 * reporter gets), the page shows status, timeline and messages, takes a reply or added information,
 * and leaving ends it.
 */
package nl.waakzaam.feedback.interfaces.web;
