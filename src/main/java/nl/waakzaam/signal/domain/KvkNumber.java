package nl.waakzaam.signal.domain;

import java.util.Optional;

/**
 * A Chamber of Commerce (KvK) number: eight digits, spaces and dots as people write them ignored.
 */
public record KvkNumber(String value) {

  public KvkNumber {
    if (value == null || !value.matches("[0-9]{8}")) {
      throw new IllegalArgumentException("A KvK number has eight digits");
    }
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

  @Override
  public String toString() {
    return value;
  }
}
