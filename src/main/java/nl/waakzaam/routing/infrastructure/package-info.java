/** The partner data and the forwarding packages in PostgreSQL, and the packages' documents. */
package nl.waakzaam.routing.infrastructure;
