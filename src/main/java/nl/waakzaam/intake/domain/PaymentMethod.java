package nl.waakzaam.intake.domain;

/** How money was offered or paid. */
public enum PaymentMethod {
  CASH,
  BANK_TRANSFER,
  CRYPTO,
  GOODS,
  OTHER
}
