package nl.waakzaam.intake.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The secret a reporter receives once, and the only key to follow-up for an anonymous reporter: 20
 * characters of Crockford's base 32 (100 random bits), shown in groups of four.
 *
 * <p>It is never stored or logged: the signal keeps only a keyed hash of it. Reading is forgiving
 * in the way Crockford intended (case, spaces and hyphens ignored; O read as 0, I and L as 1), so
 * that a code copied from paper still works.
 */
public record ReceiptCode(String value) {

  public static final int LENGTH = 20;
  public static final int BITS = LENGTH * 5;
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  public ReceiptCode {
    if (value == null
        || value.length() != LENGTH
        || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      throw new IllegalArgumentException("Not a receipt code");
    }
  }

  /** A new code; {@code random} must be a cryptographically strong generator. */
  public static ReceiptCode generate(RandomGenerator random) {
    // One draw of 104 bits, of which each character takes the next five.
    byte[] bits = new byte[(BITS + 7) / 8];
    random.nextBytes(bits);
    char[] chars = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      int value = 0;
      for (int b = i * 5; b < i * 5 + 5; b++) {
        value = (value << 1) | ((bits[b / 8] >> (7 - b % 8)) & 1);
      }
      chars[i] = ALPHABET.charAt(value);
    }
    return new ReceiptCode(new String(chars));
  }

  public static Optional<ReceiptCode> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String normal =
        text.replaceAll("[\\s-]", "")
            .toUpperCase(Locale.ROOT)
            .replace('O', '0')
            .replace('I', '1')
            .replace('L', '1');
    if (normal.length() != LENGTH || !normal.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      return Optional.empty();
    }
    return Optional.of(new ReceiptCode(normal));
  }

  /** For people: {@code 7K3M-Q9XD-2HNB-T4WE-8RCV}. */
  public String grouped() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < LENGTH; i += 4) {
      if (i > 0) {
        out.append('-');
      }
      out.append(value, i, i + 4);
    }
    return out.toString();
  }

  /** Never the code itself: a receipt code must not end up in a log. */
  @Override
  public String toString() {
    return "ReceiptCode[redacted]";
  }
}
