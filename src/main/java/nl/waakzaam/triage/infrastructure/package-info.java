/** The work queue, the staff directory, standard texts and service-level figures in PostgreSQL. */
package nl.waakzaam.triage.infrastructure;
