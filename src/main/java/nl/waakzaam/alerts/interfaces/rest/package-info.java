/** {@code GET /api/v1/stats/sectors/{sector}}. */
package nl.waakzaam.alerts.interfaces.rest;
