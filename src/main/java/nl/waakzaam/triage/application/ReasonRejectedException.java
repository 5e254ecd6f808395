package nl.waakzaam.triage.application;

import nl.waakzaam.shared.domain.DomainException;

/** A staff step that needs a reason got none, or one that is too long or not plain text. */
public class ReasonRejectedException extends DomainException {

  public ReasonRejectedException() {
    super(Kind.UNPROCESSABLE, "reason-rejected", "A reason holds 1 to 2000 characters of text");
  }
}
