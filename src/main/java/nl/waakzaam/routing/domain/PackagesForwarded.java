package nl.waakzaam.routing.domain;

/**
 * Fired in the transaction that stored a signal's packages; after its commit the partners'
 * mailboxes are told. It names no signal: the notices are in the outbox.
 */
public record PackagesForwarded(int packages) {}
