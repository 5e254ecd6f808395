package nl.waakzaam.feedback.application;

import java.time.Duration;
import nl.waakzaam.shared.domain.LimitReachedException;

/** Too many wrong receipt codes lately; the caller must wait before trying again. */
public class TooManyAttemptsException extends LimitReachedException {

  public TooManyAttemptsException(Duration retryAfter) {
    super("too-many-attempts", retryAfter);
  }
}
