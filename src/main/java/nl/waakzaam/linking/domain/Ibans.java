package nl.waakzaam.linking.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/** IBANs as iban4j validates them (country format and checksum), spaces and case normalised. */
public final class Ibans {

  /** Two letters, two digits, then groups of letters and digits, with or without spaces. */
  private static final Pattern CANDIDATE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])([A-Za-z]{2}[0-9]{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?)(?![\\p{L}\\p{N}])");

  private Ibans() {}

  public static Optional<Entity> normalise(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String plain = text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    try {
      IbanUtil.validate(plain);
      return Optional.of(new Entity(EntityType.IBAN, plain));
    } catch (IbanFormatException | InvalidCheckDigitException | UnsupportedCountryException e) {
      return Optional.empty();
    }
  }

  public static List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      // The pattern may take the words after it for groups ("… 7034 graag"): drop them one by one.
      String written = m.group(1);
      Optional<Entity> iban = normalise(written);
      while (iban.isEmpty() && written.lastIndexOf(' ') > 0) {
        written = written.substring(0, written.lastIndexOf(' '));
        iban = normalise(written);
      }
      String taken = written;
      iban.ifPresent(e -> found.add(new Found(e, m.start(1), m.start(1) + taken.length(), taken)));
    }
    return found;
  }
}
