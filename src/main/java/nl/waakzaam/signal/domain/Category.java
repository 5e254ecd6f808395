package nl.waakzaam.signal.domain;

/**
 * What kind of undermining crime staff judge a signal to be about. The reporter's own suspicion
 * stays as they gave it; the category is staff's judgement, and may differ.
 */
public enum Category {
  DRUG_PRODUCTION,
  DRUG_TRAFFICKING,
  MONEY_LAUNDERING,
  LABOUR_EXPLOITATION,
  EXTORTION,
  FRAUD,
  REAL_ESTATE_ABUSE,
  OTHER
}
