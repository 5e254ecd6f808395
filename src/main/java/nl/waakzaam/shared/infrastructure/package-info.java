/**
 * Container plumbing every capability relies on: the data source and its Flyway migration, the
 * clock, and the check that the configuration is complete before the first request.
 */
package nl.waakzaam.shared.infrastructure;
