/** The audit API under {@code /api/v1/audit}, for the {@code audit:read} permission. */
package nl.waakzaam.audit.interfaces.rest;
