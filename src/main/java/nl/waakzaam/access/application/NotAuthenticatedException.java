package nl.waakzaam.access.application;

import nl.waakzaam.shared.domain.DomainException;

/** A staff operation without a validated token behind it. */
public class NotAuthenticatedException extends DomainException {

  public NotAuthenticatedException() {
    super(Kind.UNAUTHENTICATED, "unauthorized", "No authenticated caller");
  }
}
