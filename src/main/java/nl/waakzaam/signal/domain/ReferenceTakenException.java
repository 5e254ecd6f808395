package nl.waakzaam.signal.domain;

import nl.waakzaam.shared.domain.DomainException;

/**
 * The reference drawn for a new signal was handed out before. Intake draws another and tries again;
 * a client sees this only if that keeps failing.
 */
public class ReferenceTakenException extends DomainException {

  public ReferenceTakenException(SignalReference reference) {
    super(Kind.CONFLICT, "reference-taken", "Reference " + reference + " was handed out before");
  }
}
