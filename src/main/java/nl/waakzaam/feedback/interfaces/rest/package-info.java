/**
 * The reporter follow-up API under {@code /api/v1/followup}, with its request and answer records.
 */
package nl.waakzaam.feedback.interfaces.rest;
