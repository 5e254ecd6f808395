/**
 * What every capability's application layer shares that is not a domain rule: the one redaction of
 * what goes to the log.
 */
package nl.waakzaam.shared.application;
