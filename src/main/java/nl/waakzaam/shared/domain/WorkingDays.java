package nl.waakzaam.shared.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * The Dutch working-day calendar that time limits are counted in: Monday to Friday, without the
 * public holidays of the Algemene termijnenwet (New Year's Day, Good Friday, Easter Monday, King's
 * Day, Liberation Day, Ascension Day, Whit Monday, Christmas Day and Boxing Day). As in that law,
 * Liberation Day counts every year, and King's Day moves to the 26th when the 27th of April is a
 * Sunday.
 */
public final class WorkingDays {

  /** Dutch time: a day starts and ends at midnight in Amsterdam. */
  public static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  private WorkingDays() {}

  /**
   * The moment {@code days} working days after {@code start} have passed: the end of the {@code
   * days}-th working day after the day of {@code start} (the day itself does not count, as in the
   * Algemene termijnenwet), that is, midnight at its end in Dutch time.
   */
  public static Instant after(Instant start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative");
    }
    LocalDate day = LocalDate.ofInstant(start, DUTCH_TIME);
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day.plusDays(1).atStartOfDay(DUTCH_TIME).toInstant();
  }

  public static boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY
        && weekday != DayOfWeek.SUNDAY
        && !publicHolidays(day.getYear()).contains(day);
  }

  /** The public holidays of {@code year} that fall on or may fall on a weekday. */
  public static Set<LocalDate> publicHolidays(int year) {
    LocalDate easter = easterSunday(year);
    LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
    if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
      kingsDay = kingsDay.minusDays(1);
    }
    Set<LocalDate> days = new HashSet<>();
    days.add(LocalDate.of(year, Month.JANUARY, 1));
    days.add(easter.minusDays(2));
    days.add(easter.plusDays(1));
    days.add(kingsDay);
    days.add(LocalDate.of(year, Month.MAY, 5));
    days.add(easter.plusDays(39));
    days.add(easter.plusDays(50));
    days.add(LocalDate.of(year, Month.DECEMBER, 25));
    days.add(LocalDate.of(year, Month.DECEMBER, 26));
    return Set.copyOf(days);
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
