package nl.waakzaam.signal.domain;

/** The reporter's line of business. */
public enum Sector {
  RETAIL,
  HOSPITALITY,
  REAL_ESTATE,
  CAR_TRADE,
  LOGISTICS,
  FINANCE,
  AGRICULTURE,
  MARITIME,
  RECREATION,
  CONSTRUCTION,
  OTHER
}
