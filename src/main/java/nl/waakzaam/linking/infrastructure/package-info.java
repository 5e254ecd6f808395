/** The entity index in PostgreSQL, its values kept only as keyed hashes. */
package nl.waakzaam.linking.infrastructure;
