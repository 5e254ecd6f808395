package nl.waakzaam.signal.domain;

/** What the offered rent is for. */
public enum RentPeriod {
  PER_MONTH,
  PER_YEAR,
  ONE_OFF
}
