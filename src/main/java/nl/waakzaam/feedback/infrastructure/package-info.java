/** Persistence and housekeeping of follow-up sessions. */
package nl.waakzaam.feedback.infrastructure;
