package nl.waakzaam.routing.domain;

import nl.waakzaam.shared.domain.DomainException;

/** A partner chosen that is not on the list of the signal's region, or not a partner at all. */
public class PartnerNotInRegionException extends DomainException {

  public PartnerNotInRegionException() {
    super(
        Kind.UNPROCESSABLE,
        "partner-not-in-region",
        "The partner is not on the list of partners of the signal's region");
  }
}
