package nl.waakzaam.routing.domain;

import nl.waakzaam.shared.domain.DomainException;

/** An organisation id that names no partner organisation. */
public class UnknownPartnerException extends DomainException {

  public UnknownPartnerException() {
    super(Kind.UNPROCESSABLE, "unknown-partner", "No partner organisation has this id");
  }
}
