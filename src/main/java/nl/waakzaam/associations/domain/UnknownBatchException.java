package nl.waakzaam.associations.domain;

import nl.waakzaam.shared.domain.DomainException;

/** No batch with this id, or not the caller's: the two look alike from outside. */
public class UnknownBatchException extends DomainException {

  public UnknownBatchException() {
    super(Kind.NOT_FOUND, "unknown-batch", "No such batch of this association");
  }
}
