package nl.waakzaam.intake.application;

import java.util.UUID;

/**
 * A signal received among others: its internal id, for what the caller keeps beside it, and the
 * receipt its reporter gets.
 */
public record StoredSignal(UUID signalId, Receipt receipt) {}
