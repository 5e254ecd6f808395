package nl.waakzaam.signal.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * When a signal's reporter must have heard from the platform, and when staff must have decided what
 * to do with it: the service levels applied to its receipt and priority.
 */
public record Deadlines(Instant firstFeedback, Instant decision) {

  public Deadlines {
    Objects.requireNonNull(firstFeedback, "firstFeedback");
    Objects.requireNonNull(decision, "decision");
  }
}
