package nl.waakzaam.routing.domain;

import nl.waakzaam.shared.domain.DomainException;

/**
 * The signal's traceability check says its content could identify the reporter, but not which parts
 * partners must not get (it was recorded before parts were named): no package can be made until the
 * check is recorded again with them.
 */
public class TraceabilityPartsMissingException extends DomainException {

  public TraceabilityPartsMissingException() {
    super(
        Kind.CONFLICT,
        "traceability-parts-missing",
        "The traceability check must name the parts to withhold before the signal is forwarded");
  }
}
