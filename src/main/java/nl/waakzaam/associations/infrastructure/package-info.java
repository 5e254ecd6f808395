/** The associations' batches and signals in PostgreSQL, their tokens, and the sealed answers. */
package nl.waakzaam.associations.infrastructure;
