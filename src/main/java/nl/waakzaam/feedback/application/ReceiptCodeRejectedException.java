package nl.waakzaam.feedback.application;

import nl.waakzaam.shared.domain.DomainException;

/**
 * No signal has this receipt code. The same answer whatever the reason (mistyped, never issued,
 * malformed), so that it tells nothing about which signals exist.
 */
public class ReceiptCodeRejectedException extends DomainException {

  public ReceiptCodeRejectedException() {
    super(Kind.UNAUTHENTICATED, "receipt-code-rejected", "Receipt code rejected");
  }
}
