package nl.waakzaam.associations.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
  private final RetrySchedule schedule =
      new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(1));

  @Test
  void waitsDoubleWithJitterInTheUpperHalfUpToTheLongest() {
    Random random = new Random(7);
    for (int attempt = 1; attempt <= 20; attempt++) {
      long full = Math.min(10_000L << (attempt - 1), 3_600_000L);
      for (int i = 0; i < 50; i++) {
        Duration wait =
            Duration.between(
                T0, schedule.next(attempt, T0, T0, Optional.empty(), random).orElseThrow());
        assertTrue(wait.toMillis() >= full / 2 && wait.toMillis() <= full, attempt + ": " + wait);
      }
    }
  }

  @Test
  void aRetryAfterIsNeverCutShort() {
    Instant next =
        schedule.next(1, T0, T0, Optional.of(Duration.ofMinutes(5)), new Random(1)).orElseThrow();
    assertEquals(T0.plus(Duration.ofMinutes(5)), next);
  }

  @Test
  void afterADayThereIsNoNextAttempt() {
    Instant late = T0.plus(Duration.ofHours(23)).plus(Duration.ofMinutes(59));
    assertEquals(Optional.empty(), schedule.next(30, T0, late, Optional.empty(), new Random(1)));
    assertTrue(
        schedule
            .next(1, T0, T0.plus(Duration.ofHours(1)), Optional.empty(), new Random(1))
            .isPresent());
  }
}
