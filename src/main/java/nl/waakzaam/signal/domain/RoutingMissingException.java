package nl.waakzaam.signal.domain;

import nl.waakzaam.shared.domain.DomainException;

/**
 * A signal is to be closed as forwarded although it was never routed to a partner: the outcome
 * would tell the reporter something that did not happen.
 */
public class RoutingMissingException extends DomainException {

  public RoutingMissingException() {
    super(
        Kind.CONFLICT,
        "routing-missing",
        "A signal is closed as forwarded only after it was routed to at least one partner");
  }
}
