package nl.waakzaam.signal.domain;

import nl.waakzaam.shared.domain.DomainException;

/**
 * No signal with this reference that the caller may see. The same answer for a signal of another
 * region as for one that does not exist: a reference tells nobody whether it is in use.
 */
public class UnknownSignalException extends DomainException {

  public UnknownSignalException() {
    super(Kind.NOT_FOUND, "unknown-signal", "No such signal in the caller's regions");
  }
}
