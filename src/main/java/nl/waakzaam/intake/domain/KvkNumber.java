package nl.waakzaam.intake.domain;

import java.util.Optional;

/**
 * A Chamber of Commerce (KvK) number: eight digits, spaces and dots as people write them ignored.
 */
public final class KvkNumber {

  private final String value;

  private KvkNumber(String value) {
    this.value = value;
  }

  public static Optional<KvkNumber> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String digits = text.replaceAll("[\\s.]", "");
    return digits.matches("[0-9]{8}") ? Optional.of(new KvkNumber(digits)) : Optional.empty();
  }

  public static boolean isValid(String text) {
    return parse(text).isPresent();
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KvkNumber k && value.equals(k.value);
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
