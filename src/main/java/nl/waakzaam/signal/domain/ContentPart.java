package nl.waakzaam.signal.domain;

/**
 * The parts of what a reporter told, as partners receive them or have them withheld: what a
 * partner's profile lets it receive, and what the traceability check keeps back because it could
 * lead to the reporter.
 */
public enum ContentPart {
  /** The municipality and the four digits of the postcode. */
  PLACE,
  /** The full postcode and the address or description of the spot. */
  ADDRESS,
  /** The date and time of the observation. */
  OBSERVED_AT,
  /** The reporter's own words. */
  DESCRIPTION,
  /** The typed answers of the signal's kind. */
  ANSWERS,
  PERSONS,
  VEHICLES,
  VESSELS,
  /** The clean copies of the accepted files. */
  FILES
}
