/** Persistence of messages and notices, and the sending of notices by SMTP after the commit. */
package nl.waakzaam.feedback.infrastructure;
