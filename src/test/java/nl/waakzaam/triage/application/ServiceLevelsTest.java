package nl.waakzaam.triage.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import nl.waakzaam.shared.config.ConfigurationException;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.signal.domain.Deadlines;
import nl.waakzaam.signal.domain.Priority;
import nl.waakzaam.testing.MapConfig;
import org.junit.jupiter.api.Test;

class ServiceLevelsTest {

  private static final Instant FRIDAY =
      ZonedDateTime.parse("2026-12-18T16:00:00+01:00").toInstant();

  @Test
  void theDefaultsCountDutchWorkingDaysFromTheReceipt() {
    ServiceLevels levels = new ServiceLevels(new Settings(new MapConfig(Map.of())));

    Deadlines normal = levels.deadlines(FRIDAY, Priority.NORMAL);
    Deadlines urgent = levels.deadlines(FRIDAY, Priority.URGENT);

    // 21, 22, 23, 24, 28 December: Christmas and the weekend do not count.
    assertEquals(
        ZonedDateTime.parse("2026-12-29T00:00:00+01:00").toInstant(), normal.firstFeedback());
    assertEquals(
        ZonedDateTime.parse("2026-12-22T00:00:00+01:00").toInstant(), urgent.firstFeedback());
    assertEquals(ZonedDateTime.parse("2026-12-24T00:00:00+01:00").toInstant(), urgent.decision());
  }

  @Test
  void aPriorityWithoutDaysStopsTheDeployment() {
    ServiceLevels levels =
        new ServiceLevels(
            new Settings(new MapConfig(Map.of("waakzaam.sla.decision", "NORMAL=20,HIGH=10"))));

    assertThrows(ConfigurationException.class, () -> levels.deadlines(FRIDAY, Priority.LOW));
  }
}
