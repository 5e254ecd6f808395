package nl.waakzaam.signal.domain;

import nl.waakzaam.shared.domain.DomainException;

/** A transfer between regions, or an answer to one, that cannot be: each reason its own type. */
public class TransferRefusedException extends DomainException {

  /** Why. */
  public enum Why {
    /** A decided or merged signal stays where it was decided. */
    NOT_OPEN("transfer-of-decided", "Only a signal still being handled can be transferred"),
    /** One offer at a time: the other region answers it first. */
    ALREADY_OFFERED("transfer-pending", "The signal is already offered to another region"),
    /** A signal is offered to another region than its own. */
    SAME_REGION("transfer-to-own-region", "The signal already belongs to that region"),
    /** Accepting or returning asks for an offer that is not there (any more). */
    NOT_OFFERED("transfer-not-offered", "The signal is not offered to another region");

    private final String type;
    private final String detail;

    Why(String type, String detail) {
      this.type = type;
      this.detail = detail;
    }
  }

  private final Why why;

  public TransferRefusedException(Why why) {
    super(Kind.CONFLICT, why.type, why.detail);
    this.why = why;
  }

  public Why why() {
    return why;
  }
}
