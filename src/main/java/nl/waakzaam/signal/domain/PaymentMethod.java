package nl.waakzaam.signal.domain;

/** How money was offered or paid. */
public enum PaymentMethod {
  CASH,
  BANK_TRANSFER,
  CRYPTO,
  GOODS,
  OTHER
}
