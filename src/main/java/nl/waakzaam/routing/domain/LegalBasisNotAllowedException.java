package nl.waakzaam.routing.domain;

import nl.waakzaam.shared.domain.DomainException;

/** A legal basis chosen that the partner's profile does not list, or that does not exist. */
public class LegalBasisNotAllowedException extends DomainException {

  public LegalBasisNotAllowedException() {
    super(
        Kind.UNPROCESSABLE,
        "legal-basis-not-allowed",
        "The partner may not receive signals on this legal basis");
  }
}
