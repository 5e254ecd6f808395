package nl.waakzaam.signal.domain;

/** What an entrepreneur suspects, from a fixed list so that signals can be counted and compared. */
public enum SuspicionType {
  DRUG_PRODUCTION,
  DRUG_TRAFFICKING,
  MONEY_LAUNDERING,
  FRONT_PERSON,
  LARGE_CASH_PAYMENT,
  FRAUD,
  EXTORTION_OR_INTIMIDATION,
  HUMAN_EXPLOITATION,
  STOLEN_GOODS,
  WEAPONS,
  OTHER
}
