/**
 * The current user from the MicroProfile JWT that Payara validated (the only place that reads staff
 * tokens), and the reporters' follow-up sessions in PostgreSQL with the sweep that removes lapsed
 * ones.
 */
package nl.waakzaam.access.infrastructure;
