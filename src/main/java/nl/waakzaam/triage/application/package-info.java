/**
 * Use cases of staff triage: the region's work queue, opening a signal with the actions it allows,
 * the staff decisions (each one load–act–audit through {@code TriageActions}), the service levels
 * and the clock they start at receipt. The status rules themselves stay with the Signal aggregate.
 */
package nl.waakzaam.triage.application;
