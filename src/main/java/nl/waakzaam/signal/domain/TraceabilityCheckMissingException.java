package nl.waakzaam.signal.domain;

import nl.waakzaam.shared.domain.DomainException;

/**
 * A signal is to be forwarded before staff recorded whether its content could identify the
 * reporter. A reporter who is traced can be threatened: no signal leaves the platform unchecked.
 */
public class TraceabilityCheckMissingException extends DomainException {

  public TraceabilityCheckMissingException() {
    super(
        Kind.CONFLICT,
        "traceability-check-missing",
        "The traceability check must be recorded before the signal is forwarded");
  }
}
