package nl.waakzaam.routing.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of four-digit postcodes, both ends included: {@code 6200-6299}, or one postcode as {@code
 * 6211}. Dutch postcodes run from 1000 to 9999.
 */
public record PostcodeRange(int from, int to) {

  private static final Pattern WRITTEN = Pattern.compile("\\s*(\\d{4})\\s*(?:-\\s*(\\d{4})\\s*)?");

  public PostcodeRange {
    if (from < 1000 || to > 9999 || from > to) {
      throw new RuleRejectedException("postcode-range");
    }
  }

  /** The range as written, or empty when it is not one. */
  public static Optional<PostcodeRange> parse(String written) {
    if (written == null) {
      return Optional.empty();
    }
    Matcher m = WRITTEN.matcher(written);
    if (!m.matches()) {
      return Optional.empty();
    }
    int from = Integer.parseInt(m.group(1));
    int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
    if (from < 1000 || to > 9999 || from > to) {
      return Optional.empty();
    }
    return Optional.of(new PostcodeRange(from, to));
  }

  boolean includes(int postcode) {
    return postcode >= from && postcode <= to;
  }

  @Override
  public String toString() {
    return from == to ? Integer.toString(from) : from + "-" + to;
  }
}
