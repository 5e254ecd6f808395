package nl.waakzaam.triage.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Where a signal stands against the deadline that counts now. */
public enum SlaState {
  /** The deadline has passed. */
  OVERDUE,
  /** The deadline passes within {@link #DUE_SOON_WINDOW}. */
  DUE_SOON,
  /** Time enough. */
  ON_TRACK,
  /** No clock runs: decided, or received before deadlines existed. */
  NONE;

  /** How close a deadline is before the queue warns about it. */
  public static final Duration DUE_SOON_WINDOW = Duration.ofDays(2);

  public static SlaState of(Optional<Instant> deadline, Instant now) {
    if (deadline.isEmpty()) {
      return NONE;
    }
    if (deadline.get().isBefore(now)) {
      return OVERDUE;
    }
    return deadline.get().isBefore(now.plus(DUE_SOON_WINDOW)) ? DUE_SOON : ON_TRACK;
  }
}
