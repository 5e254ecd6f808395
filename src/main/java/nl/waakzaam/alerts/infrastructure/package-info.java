/** The counts behind the sector figures, grouped in PostgreSQL. */
package nl.waakzaam.alerts.infrastructure;
