/**
 * The current user from the MicroProfile JWT that Payara validated; the only place that reads
 * tokens.
 */
package nl.waakzaam.access.infrastructure;
