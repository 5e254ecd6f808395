/**
 * Use cases of the audit trail: recording the current staff member's action in the action's own
 * transaction, and reading and verifying the trail for auditors of their regions.
 */
package nl.waakzaam.audit.application;
