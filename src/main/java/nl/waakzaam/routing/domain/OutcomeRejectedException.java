package nl.waakzaam.routing.domain;

import nl.waakzaam.shared.domain.DomainException;

/** An outcome dated in the future or before the package was forwarded. */
public class OutcomeRejectedException extends DomainException {

  public OutcomeRejectedException() {
    super(
        Kind.UNPROCESSABLE,
        "outcome-date-rejected",
        "An outcome's date lies between the forwarding and today");
  }
}
