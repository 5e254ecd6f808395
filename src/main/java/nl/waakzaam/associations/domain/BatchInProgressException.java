package nl.waakzaam.associations.domain;

import nl.waakzaam.shared.domain.DomainException;

/** A batch under the same Idempotency-Key is still being stored; its answer comes soon. */
public class BatchInProgressException extends DomainException {

  public BatchInProgressException() {
    super(Kind.CONFLICT, "batch-in-progress", "A batch under this Idempotency-Key is running");
  }
}
