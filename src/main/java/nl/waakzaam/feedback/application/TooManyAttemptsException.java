package nl.waakzaam.feedback.application;

import java.time.Duration;
import java.util.Optional;
import nl.waakzaam.shared.domain.DomainException;

/** Too many wrong receipt codes lately; the caller must wait before trying again. */
public class TooManyAttemptsException extends DomainException {

  private final Duration retryAfter;

  public TooManyAttemptsException(Duration retryAfter) {
    super(Kind.TOO_MANY_ATTEMPTS, "too-many-attempts", "Too many wrong receipt codes");
    this.retryAfter = retryAfter;
  }

  @Override
  public Optional<Duration> retryAfter() {
    return Optional.of(retryAfter);
  }
}
