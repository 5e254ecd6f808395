package nl.waakzaam.feedback.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.testing.LocalAllowances;
import nl.waakzaam.testing.MapConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FailedAttemptsTest {

  private Instant now = Instant.parse("2026-11-30T09:00:00Z");
  private FailedAttempts attempts;

  @BeforeEach
  void limits() {
    attempts =
        new FailedAttempts(
            new LocalAllowances(() -> now),
            new Settings(
                new MapConfig(
                    Map.of(
                        "waakzaam.followup.max-failures", "3",
                        "waakzaam.followup.max-failures-total", "5",
                        "waakzaam.followup.max-failures-under-pressure", "1",
                        "waakzaam.followup.failure-window", "PT10M"))));
    attempts.readLimits();
  }

  private void fail(String client, int times) {
    for (int i = 0; i < times; i++) {
      attempts.checkAllowed(client);
      attempts.recordFailure(client);
    }
  }

  @Test
  void aClientIsRefusedAfterItsWrongCodesUntilTheWindowEnds() {
    fail("192.0.2.1", 3);
    now = now.plus(Duration.ofMinutes(4));

    TooManyAttemptsException refused =
        assertThrows(TooManyAttemptsException.class, () -> attempts.checkAllowed("192.0.2.1"));

    assertEquals(Duration.ofMinutes(6), refused.retryAfter().orElseThrow());
    now = now.plus(Duration.ofMinutes(6));
    assertDoesNotThrow(() -> attempts.checkAllowed("192.0.2.1"));
  }

  @Test
  void anotherClientIsNotHeldBackByOneThatGuesses() {
    fail("192.0.2.1", 3);

    assertDoesNotThrow(() -> attempts.checkAllowed("192.0.2.2"));
  }

  @Test
  void whenEveryonesWrongCodesAreUsedUpAFreshClientMayStillTry() {
    fail("192.0.2.1", 3);
    fail("192.0.2.2", 2);

    assertDoesNotThrow(
        () -> attempts.checkAllowed("192.0.2.4"),
        "the total slows guessing down, it locks no reporter out");
  }

  @Test
  void whenEveryonesWrongCodesAreUsedUpEachClientGetsOnlyItsShareUnderPressure() {
    fail("192.0.2.1", 3);
    fail("192.0.2.2", 1);
    fail("192.0.2.3", 1);

    assertThrows(
        TooManyAttemptsException.class,
        () -> attempts.checkAllowed("192.0.2.2"),
        "under pressure one wrong code per client, not three");
    fail("192.0.2.4", 1);
    assertThrows(TooManyAttemptsException.class, () -> attempts.checkAllowed("192.0.2.4"));
    now = now.plus(Duration.ofMinutes(10));
    assertDoesNotThrow(() -> attempts.checkAllowed("192.0.2.2"));
  }
}
