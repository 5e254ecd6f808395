/**
 * The staff API of triage: {@code GET /api/v1/triage/queue} and {@code GET
 * /api/v1/signals/{reference}}, with their answer records. Permissions are declared per method;
 * region isolation is the queries' business.
 */
package nl.waakzaam.triage.interfaces.rest;
