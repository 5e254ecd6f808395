/**
 * Figures about signals that the platform shows outside the region's staff: counts per region and
 * quarter, with every cell that could point at one business suppressed (k-anonymity).
 */
package nl.waakzaam.alerts.domain;
