package nl.waakzaam.linking.application;

import nl.waakzaam.shared.domain.DomainException;

/** No request for access with this id was made by or to the caller's regions. */
public class UnknownAccessRequestException extends DomainException {

  public UnknownAccessRequestException() {
    super(Kind.NOT_FOUND, "unknown-access-request", "No such request for the caller's regions");
  }
}
