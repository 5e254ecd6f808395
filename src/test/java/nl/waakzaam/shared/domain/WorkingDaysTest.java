package nl.waakzaam.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  @Test
  void easterFollowsTheGregorianRule() {
    assertEquals(LocalDate.of(2024, 3, 31), WorkingDays.easterSunday(2024));
    assertEquals(LocalDate.of(2025, 4, 20), WorkingDays.easterSunday(2025));
    assertEquals(LocalDate.of(2026, 4, 5), WorkingDays.easterSunday(2026));
    assertEquals(LocalDate.of(2027, 3, 28), WorkingDays.easterSunday(2027));
    assertEquals(LocalDate.of(2038, 4, 25), WorkingDays.easterSunday(2038));
  }

  @Test
  void theHolidaysOf2026AreNoWorkingDays() {
    for (String day :
        new String[] {
          "2026-01-01",
          "2026-04-03",
          "2026-04-06",
          "2026-04-27",
          "2026-05-05",
          "2026-05-14",
          "2026-05-25",
          "2026-12-25"
        }) {
      assertFalse(WorkingDays.isWorkingDay(LocalDate.parse(day)), day);
    }
    assertTrue(WorkingDays.isWorkingDay(LocalDate.parse("2026-04-07")));
    assertFalse(WorkingDays.isWorkingDay(LocalDate.parse("2026-11-28")), "a Saturday");
  }

  @Test
  void kingsDayMovesToSaturdayWhenTheTwentySeventhIsASunday() {
    assertTrue(WorkingDays.publicHolidays(2025).contains(LocalDate.of(2025, 4, 26)));
    assertFalse(WorkingDays.publicHolidays(2025).contains(LocalDate.of(2025, 4, 27)));
  }

  @Test
  void fiveWorkingDaysFromAMondayEndOnTheNextMonday() {
    Instant monday = ZonedDateTime.parse("2026-11-30T14:00:00+01:00").toInstant();
    assertEquals(
        ZonedDateTime.parse("2026-12-08T00:00:00+01:00").toInstant(), WorkingDays.after(monday, 5));
  }

  @Test
  void christmasAndNewYearAreSkipped() {
    Instant tuesday = ZonedDateTime.parse("2026-12-22T09:00:00+01:00").toInstant();
    // 23, 24, 28, 29, 30 December: 25, 26 (and the weekend) do not count.
    assertEquals(
        ZonedDateTime.parse("2026-12-31T00:00:00+01:00").toInstant(),
        WorkingDays.after(tuesday, 5));
  }

  @Test
  void easterWeekIsLonger() {
    Instant thursday = ZonedDateTime.parse("2026-04-02T16:00:00+02:00").toInstant();
    // Good Friday and Easter Monday do not count: 7, 8 April.
    assertEquals(
        ZonedDateTime.parse("2026-04-09T00:00:00+02:00").toInstant(),
        WorkingDays.after(thursday, 2));
  }
}
