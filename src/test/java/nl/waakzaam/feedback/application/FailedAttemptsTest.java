package nl.waakzaam.feedback.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.testing.MapConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FailedAttemptsTest {

  private Instant now = Instant.parse("2026-11-30T09:00:00Z");
  private FailedAttempts attempts;

  @BeforeEach
  void limits() {
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        };
    attempts =
        new FailedAttempts(
            new Settings(
                new MapConfig(
                    Map.of(
                        "waakzaam.followup.max-failures", "3",
                        "waakzaam.followup.max-failures-total", "5",
                        "waakzaam.followup.failure-window", "PT10M"))),
            clock);
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
  void manyClientsTogetherMeetTheTotalLimit() {
    fail("192.0.2.1", 2);
    fail("192.0.2.2", 2);
    fail("192.0.2.3", 1);

    assertThrows(TooManyAttemptsException.class, () -> attempts.checkAllowed("192.0.2.4"));
  }
}
