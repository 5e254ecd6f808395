package nl.waakzaam.signal.domain;

import java.util.Optional;

/**
 * A Maritime Mobile Service Identity of a ship station: nine digits, of which the first three are
 * the country code (MID 201–775), so the first digit is 2 to 7. Coast stations, groups,
 * search-and-rescue transmitters and aids to navigation have other forms and are not vessels.
 */
public record Mmsi(String value) {

  public Mmsi {
    if (value == null || !value.matches("[2-7][0-9]{8}") || mid(value) < 201 || mid(value) > 775) {
      throw new IllegalArgumentException("Not the MMSI of a ship");
    }
  }

  public static Optional<Mmsi> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String digits = text.replaceAll("\\s", "");
    return digits.matches("[2-7][0-9]{8}") && mid(digits) >= 201 && mid(digits) <= 775
        ? Optional.of(new Mmsi(digits))
        : Optional.empty();
  }

  public static boolean isValid(String text) {
    return parse(text).isPresent();
  }

  /** The Maritime Identification Digits: the flag state (244–246 are the Netherlands). */
  public int mid() {
    return mid(value);
  }

  private static int mid(String digits) {
    return Integer.parseInt(digits.substring(0, 3));
  }

  @Override
  public String toString() {
    return value;
  }
}
