package nl.waakzaam.intake.interfaces.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads numbers, amounts, dates and times as Dutch people type them, and as browsers send them from
 * date and time inputs. Anything else is not guessed at: the reporter is asked to write it again.
 */
final class TypedText {

  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
  private static final Pattern DECIMAL = Pattern.compile("\\d+([.,]\\d{1,2})?");
  private static final Pattern DUTCH_AMOUNT = Pattern.compile("\\d{1,3}(\\.\\d{3})*,\\d{1,2}");

  private static final DateTimeFormatter DUTCH_DATE =
      DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DUTCH_TIME =
      DateTimeFormatter.ofPattern("H[:][.]mm").withResolverStyle(ResolverStyle.STRICT);

  private TypedText() {}

  /** {@code 250}, {@code 1.200}, {@code 1 200}. */
  static Optional<Long> wholeNumber(String text) {
    String t = text.replace(" ", "").replace("\u00a0", "");
    if (THOUSANDS.matcher(t).matches()) {
      t = t.replace(".", "");
    }
    if (!DIGITS.matcher(t).matches() || t.length() > 12) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(t));
  }

  /** {@code 5000}, {@code € 5.000}, {@code 5.000,50}, {@code 5000.50}, {@code 5000,-}. */
  static Optional<BigDecimal> euros(String text) {
    String t = text.replace("€", "").replace(" ", "").replace("\u00a0", "");
    if (t.endsWith(",-") || t.endsWith(",--")) {
      t = t.substring(0, t.indexOf(",-"));
    }
    if (t.length() > 20) {
      return Optional.empty();
    }
    if (DUTCH_AMOUNT.matcher(t).matches()) {
      return Optional.of(new BigDecimal(t.replace(".", "").replace(',', '.')));
    }
    if (THOUSANDS.matcher(t).matches()) {
      return Optional.of(new BigDecimal(t.replace(".", "")));
    }
    if (DECIMAL.matcher(t).matches()) {
      return Optional.of(new BigDecimal(t.replace(',', '.')));
    }
    return Optional.empty();
  }

  /** {@code 2026-11-30} from a date input, or {@code 30-11-2026} typed. */
  static Optional<LocalDate> date(String text) {
    String t = text.trim().replace('/', '-');
    try {
      return Optional.of(LocalDate.parse(t));
    } catch (DateTimeParseException iso) {
      try {
        return Optional.of(LocalDate.parse(t, DUTCH_DATE));
      } catch (DateTimeParseException dutch) {
        return Optional.empty();
      }
    }
  }

  /** {@code 14:30} from a time input, or {@code 14.30} typed. */
  static Optional<LocalTime> time(String text) {
    String t = text.trim();
    try {
      return Optional.of(LocalTime.parse(t));
    } catch (DateTimeParseException iso) {
      try {
        return Optional.of(LocalTime.parse(t, DUTCH_TIME));
      } catch (DateTimeParseException dutch) {
        return Optional.empty();
      }
    }
  }

  /** {@code 2026-11-30T03:10} from a date-and-time input, or {@code 30-11-2026 03:10} typed. */
  static Optional<LocalDateTime> dateTime(String text) {
    String t = text.trim();
    try {
      return Optional.of(LocalDateTime.parse(t));
    } catch (DateTimeParseException iso) {
      String[] parts = t.split("\\s+");
      if (parts.length != 2) {
        return Optional.empty();
      }
      return date(parts[0]).flatMap(d -> time(parts[1]).map(d::atTime));
    }
  }
}
