/**
 * Industry associations that submit their members' signals through the API: who an association is
 * (from its client's token), its batches under an Idempotency-Key, and which signals came from it.
 */
package nl.waakzaam.associations.domain;
