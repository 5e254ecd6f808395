package nl.waakzaam.signal.domain;

/** What became of a closed signal; the reporter reads it. */
public enum Outcome {
  FORWARDED,
  NO_ACTION,
  INSUFFICIENT_INFORMATION,
  ADVICE_GIVEN
}
