package nl.waakzaam.linking.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses as a postcode with a house number and any addition ({@code 5712AB 12 A}): one value for
 * "Dorpsstraat 12a, 5712 AB Someren" and "5712ab 12-A". A postcode alone (or four digits) is a
 * neighbourhood, not an address, and no entity.
 */
public final class Addresses {

  /** Postcodes never use SA, SD or SS. */
  private static final String POSTCODE = "([1-9][0-9]{3}) ?(?!SA|SD|SS)([A-Z]{2})";

  private static final String NUMBER =
      "([0-9]{1,5})(?:[ -]?([A-Za-z]{1,2}(?![\\p{L}])|[0-9]{1,3}(?![0-9])))?";

  /** "Street 12a, 5712 AB": a capitalised street, its number, then the postcode. */
  private static final Pattern STREET_FIRST =
      Pattern.compile(
          "(?<![\\p{L}])\\p{Lu}[\\p{L}'.-]+(?: [\\p{L}'.-]+){0,3} "
              + NUMBER
              + ",? "
              + POSTCODE
              + "(?![\\p{L}\\p{N}])");

  /** "5712 AB 12a": the postcode, then the number. */
  private static final Pattern POSTCODE_FIRST =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])" + POSTCODE + ",? (?:nr\\.? ?)?" + NUMBER + "(?![\\p{L}\\p{N}])");

  private Addresses() {}

  /** From typed fields: a full postcode and the address line that holds the house number. */
  public static Optional<Entity> normalise(String postcode, String houseNumber, String addition) {
    if (postcode == null || houseNumber == null) {
      return Optional.empty();
    }
    String pc = postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    if (!pc.matches("[1-9][0-9]{3}[A-Z]{2}") || pc.matches(".*(SA|SD|SS)$")) {
      return Optional.empty();
    }
    String number = houseNumber.strip();
    if (!number.matches("[0-9]{1,5}")) {
      return Optional.empty();
    }
    String add = addition == null ? "" : addition.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    String value = pc + " " + Integer.parseInt(number) + (add.isEmpty() ? "" : " " + add);
    return Optional.of(new Entity(EntityType.ADDRESS, value));
  }

  /** From a typed postcode and a free address line ("Dorpsstraat 12a"). */
  public static Optional<Entity> fromLine(String postcode, String line) {
    if (line == null) {
      return Optional.empty();
    }
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + NUMBER + "\\s*$").matcher(line.strip());
    return m.find() ? normalise(postcode, m.group(1), m.group(2)) : Optional.empty();
  }

  public static List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    Matcher street = STREET_FIRST.matcher(text);
    while (street.find()) {
      normalise(street.group(3) + street.group(4), street.group(1), street.group(2))
          .ifPresent(e -> found.add(new Found(e, street.start(), street.end(), street.group())));
    }
    Matcher postcode = POSTCODE_FIRST.matcher(text);
    while (postcode.find()) {
      normalise(postcode.group(1) + postcode.group(2), postcode.group(3), postcode.group(4))
          .ifPresent(
              e -> found.add(new Found(e, postcode.start(), postcode.end(), postcode.group())));
    }
    return found;
  }
}
