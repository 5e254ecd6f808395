package nl.waakzaam.signal.domain;

import nl.waakzaam.shared.domain.DomainException;

/** The reporter is to be told which partners received a signal that was never forwarded. */
public class NothingForwardedException extends DomainException {

  public NothingForwardedException() {
    super(
        Kind.CONFLICT,
        "nothing-forwarded",
        "Only a signal routed to partners can show the reporter which kinds of partner");
  }
}
