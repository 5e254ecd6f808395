/** Sector figures for an association's sectors or a coordinator's regions, suppressed. */
package nl.waakzaam.alerts.application;
