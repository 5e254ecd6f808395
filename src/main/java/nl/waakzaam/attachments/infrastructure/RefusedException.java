package nl.waakzaam.attachments.infrastructure;

import nl.waakzaam.attachments.domain.Refusal;

/** A check found a reason to refuse the file; thrown to end the inspection with that verdict. */
final class RefusedException extends Exception {

  private final Refusal reason;

  RefusedException(Refusal reason) {
    super(reason.name(), null, false, false);
    this.reason = reason;
  }

  Refusal reason() {
    return reason;
  }
}
