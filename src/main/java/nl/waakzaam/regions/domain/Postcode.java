package nl.waakzaam.regions.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dutch postcode: four digits (never starting with 0), optionally followed by two letters. A
 * reporter who knows only the digits may give only the digits; the letter pairs SA, SD and SS are
 * never issued.
 */
public final class Postcode {

  private static final Pattern FORMAT = Pattern.compile("([1-9][0-9]{3})(?:\\s?([A-Z]{2}))?");

  private final String digits;
  private final String letters;

  private Postcode(String digits, String letters) {
    this.digits = digits;
    this.letters = letters;
  }

  public static Optional<Postcode> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORMAT.matcher(text.trim().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    String letters = m.group(2);
    if (letters != null && (letters.equals("SA") || letters.equals("SD") || letters.equals("SS"))) {
      return Optional.empty();
    }
    return Optional.of(new Postcode(m.group(1), letters));
  }

  public static boolean isValid(String text) {
    return parse(text).isPresent();
  }

  /** The four digits (PC4) that the reference data is keyed by. */
  public String digits() {
    return digits;
  }

  /** The first three digits: the area used when a PC4 is missing from the reference data. */
  public String area() {
    return digits.substring(0, 3);
  }

  public Optional<String> letters() {
    return Optional.ofNullable(letters);
  }

  /** Normalised form, {@code 1234 AB} or {@code 1234}. */
  public String value() {
    return letters == null ? digits : digits + " " + letters;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Postcode p && digits.equals(p.digits) && Objects.equals(letters, p.letters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(digits, letters);
  }

  @Override
  public String toString() {
    return value();
  }
}
