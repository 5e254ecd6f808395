package nl.waakzaam.intake.application;

import nl.waakzaam.intake.domain.ReceiptCode;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.SignalStatus;

/** What the reporter gets back, once: the reference, the receipt code and the status. */
public record Receipt(SignalReference reference, ReceiptCode receiptCode, SignalStatus status) {}
