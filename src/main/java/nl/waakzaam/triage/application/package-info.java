/**
 * Use cases of staff triage: the region's work queue and opening a signal, each audited. Judging,
 * routing and closing will join here; the status rules themselves stay with the Signal aggregate.
 */
package nl.waakzaam.triage.application;
