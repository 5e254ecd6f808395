package nl.waakzaam.signal.domain;

import nl.waakzaam.shared.domain.DomainException;

/** A status change that the table in {@link SignalStatus} does not allow. */
public class IllegalTransitionException extends DomainException {

  public IllegalTransitionException(SignalStatus from, SignalStatus to) {
    super(Kind.CONFLICT, "illegal-transition", "A signal cannot move from " + from + " to " + to);
  }
}
