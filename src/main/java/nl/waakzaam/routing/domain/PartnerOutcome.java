package nl.waakzaam.routing.domain;

/** What a partner did with a package, as it registers it for the platform's learning. */
public enum PartnerOutcome {
  /** An administrative measure, such as the mayor's closure of premises. */
  ADMINISTRATIVE_MEASURE,
  /** A Bibob integrity check. */
  BIBOB_CHECK,
  CRIMINAL_INVESTIGATION,
  TAX_ACTION,
  /** The information was used in a case already running. */
  USED_IN_EXISTING_CASE,
  NO_ACTION,
  /** The partner knew this already. */
  ALREADY_KNOWN
}
