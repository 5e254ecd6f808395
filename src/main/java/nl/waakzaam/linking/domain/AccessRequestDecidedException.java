package nl.waakzaam.linking.domain;

import nl.waakzaam.shared.domain.DomainException;

/** A request for access was granted or refused before; a decision is not taken twice. */
public class AccessRequestDecidedException extends DomainException {

  public AccessRequestDecidedException() {
    super(Kind.CONFLICT, "access-request-decided", "The request was decided before");
  }
}
