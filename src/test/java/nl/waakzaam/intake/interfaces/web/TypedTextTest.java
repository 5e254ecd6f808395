package nl.waakzaam.intake.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedTextTest {

  @ParameterizedTest
  @CsvSource({
    "5000, 5000",
    "5.000, 5000",
    "€ 5.000, 5000",
    "'5.000,50', 5000.50",
    "5000.50, 5000.50",
    "'5000,5', 5000.5",
    "'5.000,-', 5000",
    "40 000, 40000",
    "1.250.000, 1250000"
  })
  void amountsAreReadAsDutchPeopleWriteThem(String typed, String amount) {
    assertEquals(Optional.of(new BigDecimal(amount)), TypedText.euros(typed));
  }

  @ParameterizedTest
  @ValueSource(strings = {"vijfduizend", "5,000.50", "5.00.0", "1e6", "-500", "12,345"})
  void anAmountThatCouldMeanTwoThingsIsNotGuessed(String typed) {
    assertTrue(TypedText.euros(typed).isEmpty(), typed);
  }

  @ParameterizedTest
  @CsvSource({"250, 250", "1.200, 1200", "1 200, 1200"})
  void wholeNumbers(String typed, long number) {
    assertEquals(Optional.of(number), TypedText.wholeNumber(typed));
  }

  @ParameterizedTest
  @ValueSource(strings = {"veel", "12,5", "1.20", "9999999999999"})
  void notAWholeNumber(String typed) {
    assertTrue(TypedText.wholeNumber(typed).isEmpty(), typed);
  }

  @ParameterizedTest
  @CsvSource({"2026-11-30", "30-11-2026", "30/11/2026", "1-2-2026"})
  void datesFromTheDateInputOrTypedTheDutchWay(String typed) {
    assertTrue(TypedText.date(typed).isPresent(), typed);
    assertEquals(LocalDate.of(2026, 2, 1), TypedText.date("1-2-2026").orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"31-02-2026", "2026-13-01", "gisteren", "11-30-2026"})
  void impossibleDatesAreRefused(String typed) {
    assertTrue(TypedText.date(typed).isEmpty(), typed);
  }

  @ParameterizedTest
  @CsvSource({"14:30, 14:30", "14.30, 14:30", "3:10, 03:10"})
  void times(String typed, String time) {
    assertEquals(Optional.of(LocalTime.parse(time)), TypedText.time(typed));
  }

  @ParameterizedTest
  @CsvSource({"2026-11-28T23:10, 2026-11-28T23:10", "28-11-2026 23:10, 2026-11-28T23:10"})
  void datesAndTimes(String typed, String dateTime) {
    assertEquals(Optional.of(LocalDateTime.parse(dateTime)), TypedText.dateTime(typed));
  }
}
