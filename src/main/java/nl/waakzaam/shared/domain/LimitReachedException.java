package nl.waakzaam.shared.domain;

import java.time.Duration;
import java.util.Optional;

/** A client used up an allowance; it may try again after {@link #retryAfter()}. */
public class LimitReachedException extends DomainException {

  private final Duration retryAfter;

  /**
   * @param problemType the problem clients see, such as {@code too-many-submissions}
   */
  public LimitReachedException(String problemType, Duration retryAfter) {
    super(Kind.TOO_MANY_ATTEMPTS, problemType, "Limit reached: " + problemType);
    this.retryAfter = retryAfter;
  }

  @Override
  public Optional<Duration> retryAfter() {
    return Optional.of(retryAfter);
  }
}
