/**
 * The audit trail: append-only records of every staff read and change, tied together in a SHA-256
 * hash chain, and the verification that finds the first broken link. Never reporter content.
 */
package nl.waakzaam.audit.domain;
