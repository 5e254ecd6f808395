/** The audit trail in PostgreSQL, with the lock on the chain's head that keeps the chain linear. */
package nl.waakzaam.audit.infrastructure;
