package nl.waakzaam.regions.domain;

import nl.waakzaam.shared.domain.DomainException;

/** A region that does not exist, or is not one of the caller's. */
public class UnknownRegionException extends DomainException {

  public UnknownRegionException() {
    super(Kind.NOT_FOUND, "unknown-region", "No such region among the caller's regions");
  }
}
