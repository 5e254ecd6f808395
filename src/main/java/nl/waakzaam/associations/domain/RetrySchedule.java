package nl.waakzaam.associations.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a webhook that failed is tried again: after {@code first}, doubling each time up to {@code
 * longest}, with "full jitter" in the upper half (so that many receivers that failed together are
 * not all tried again at one moment), never sooner than a {@code Retry-After} the receiver gave,
 * and not at all once {@link #GIVE_UP_AFTER} has passed since the message was written.
 */
public record RetrySchedule(Duration first, Duration longest) {

  public static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

  /**
   * The moment of the next attempt after attempt number {@code attempts} failed at {@code now}, or
   * empty when there is none.
   */
  public Optional<Instant> next(
      int attempts,
      Instant createdAt,
      Instant now,
      Optional<Duration> retryAfter,
      RandomGenerator random) {
    long firstMillis = first.toMillis();
    long ceiling = longest.toMillis();
    long exponential = firstMillis << Math.min(Math.max(attempts - 1, 0), 30);
    long delay = Math.min(Math.max(exponential, firstMillis), ceiling);
    long jittered = delay / 2 + (long) (random.nextDouble() * (delay / 2.0));
    long wait = Math.max(jittered, retryAfter.map(Duration::toMillis).orElse(0L));
    Instant next = now.plusMillis(wait);
    return next.isAfter(createdAt.plus(GIVE_UP_AFTER)) ? Optional.empty() : Optional.of(next);
  }
}
