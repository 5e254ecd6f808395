package nl.waakzaam.signal.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A licence plate as seen, normalised to letters and digits in upper case so that the same plate
 * written as {@code 12-ABC-3} or {@code 12abc3} is the same plate.
 *
 * <p>Dutch plates ({@code NL}) must follow one of the fourteen side codes of the RDW; plates of
 * other or unknown countries are taken as 2 to 10 letters and digits.
 */
public final class LicencePlate {

  private static final List<Pattern> DUTCH_SIDE_CODES =
      List.of(
              "[A-Z]{2}[0-9]{2}[0-9]{2}", // 1  XX-99-99
              "[0-9]{2}[0-9]{2}[A-Z]{2}", // 2  99-99-XX
              "[0-9]{2}[A-Z]{2}[0-9]{2}", // 3  99-XX-99
              "[A-Z]{2}[0-9]{2}[A-Z]{2}", // 4  XX-99-XX
              "[A-Z]{2}[A-Z]{2}[0-9]{2}", // 5  XX-XX-99
              "[0-9]{2}[A-Z]{2}[A-Z]{2}", // 6  99-XX-XX
              "[0-9]{2}[A-Z]{3}[0-9]", //   7  99-XXX-9
              "[0-9][A-Z]{3}[0-9]{2}", //   8  9-XXX-99
              "[A-Z]{2}[0-9]{3}[A-Z]", //   9  XX-999-X
              "[A-Z][0-9]{3}[A-Z]{2}", //   10 X-999-XX
              "[A-Z]{3}[0-9]{2}[A-Z]", //   11 XXX-99-X
              "[A-Z][0-9]{2}[A-Z]{3}", //   12 X-99-XXX
              "[0-9][A-Z]{2}[0-9]{3}", //   13 9-XX-999
              "[0-9]{3}[A-Z]{2}[0-9]" //    14 999-XX-9
              )
          .stream()
          .map(Pattern::compile)
          .toList();

  private static final Pattern FOREIGN = Pattern.compile("[A-Z0-9]{2,10}");

  private final String value;
  private final String country;

  private LicencePlate(String value, String country) {
    this.value = value;
    this.country = country;
  }

  /**
   * @param text the plate as written
   * @param country ISO 3166 alpha-2 code of the registering country, or null when unknown
   */
  public static Optional<LicencePlate> parse(String text, String country) {
    if (text == null) {
      return Optional.empty();
    }
    String plain = text.replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT);
    String land = country == null ? null : country.toUpperCase(Locale.ROOT);
    boolean valid =
        "NL".equals(land)
            ? DUTCH_SIDE_CODES.stream().anyMatch(p -> p.matcher(plain).matches())
            : FOREIGN.matcher(plain).matches();
    return valid ? Optional.of(new LicencePlate(plain, land)) : Optional.empty();
  }

  public static boolean isValid(String text, String country) {
    return parse(text, country).isPresent();
  }

  public String value() {
    return value;
  }

  public Optional<String> country() {
    return Optional.ofNullable(country);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LicencePlate p
        && value.equals(p.value)
        && java.util.Objects.equals(country, p.country);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return country == null ? value : country + " " + value;
  }
}
