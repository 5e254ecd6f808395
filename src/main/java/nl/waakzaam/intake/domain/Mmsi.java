package nl.waakzaam.intake.domain;

import java.util.Optional;

/**
 * A Maritime Mobile Service Identity of a ship station: nine digits, of which the first three are
 * the country code (MID 201–775), so the first digit is 2 to 7. Coast stations, groups,
 * search-and-rescue transmitters and aids to navigation have other forms and are not vessels.
 */
public final class Mmsi {

  private final String value;

  private Mmsi(String value) {
    this.value = value;
  }

  public static Optional<Mmsi> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String digits = text.replaceAll("\\s", "");
    if (!digits.matches("[2-7][0-9]{8}")) {
      return Optional.empty();
    }
    int mid = Integer.parseInt(digits.substring(0, 3));
    return mid >= 201 && mid <= 775 ? Optional.of(new Mmsi(digits)) : Optional.empty();
  }

  public static boolean isValid(String text) {
    return parse(text).isPresent();
  }

  /** The Maritime Identification Digits: the flag state (244–246 are the Netherlands). */
  public int mid() {
    return Integer.parseInt(value.substring(0, 3));
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Mmsi m && value.equals(m.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
