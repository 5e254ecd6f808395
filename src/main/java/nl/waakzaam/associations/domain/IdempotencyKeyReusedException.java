package nl.waakzaam.associations.domain;

import nl.waakzaam.shared.domain.DomainException;

/** The Idempotency-Key was used before with another body: a new batch needs a new key. */
public class IdempotencyKeyReusedException extends DomainException {

  public IdempotencyKeyReusedException() {
    super(Kind.UNPROCESSABLE, "idempotency-key-reused", "Idempotency-Key used with another body");
  }
}
