/** Signals in PostgreSQL through JPA, with the claim that keeps every reference unique for good. */
package nl.waakzaam.signal.infrastructure;
