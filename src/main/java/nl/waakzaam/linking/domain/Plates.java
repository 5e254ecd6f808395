package nl.waakzaam.linking.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.waakzaam.signal.domain.LicencePlate;

/**
 * Licence plates as entities. Dutch plates are held to the RDW's side codes ({@link LicencePlate});
 * a foreign plate keeps its country in the value ({@code BE 1ABC123}), since the same letters on a
 * Belgian and a Dutch car are two cars.
 */
public final class Plates {

  /** Three groups joined by dashes, as plates are written; or six capitals and digits in a row. */
  private static final Pattern DASHED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}-])([\\p{L}\\p{N}]{1,3}-[\\p{L}\\p{N}]{1,3}-[\\p{L}\\p{N}]{1,3})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])");

  private static final Pattern SOLID =
      Pattern.compile("(?<![\\p{L}\\p{N}])([A-Z0-9]{6})(?![\\p{L}\\p{N}])");

  /** Month abbreviations that make {@code 1-nov-24} a date, not side code 8. */
  private static final Set<String> MONTHS =
      Set.of(
          "JAN", "FEB", "MRT", "MAR", "APR", "MEI", "MAY", "JUN", "JUL", "AUG", "SEP", "OKT", "OCT",
          "NOV", "DEC");

  private Plates() {}

  /**
   * A plate from a typed field, with its country (ISO 3166 alpha-2) where the reporter gave one.
   */
  public static Optional<Entity> normalise(String text, String country) {
    String land = country == null || country.isBlank() ? "NL" : country.toUpperCase(Locale.ROOT);
    return LicencePlate.parse(text, land)
        .map(
            p ->
                new Entity(
                    EntityType.LICENCE_PLATE,
                    "NL".equals(land) ? p.value() : land + " " + p.value()));
  }

  /** Dutch plates in free text: dashed, each group letters or digits only, or six capitals. */
  public static List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    collect(DASHED.matcher(text), found);
    collect(SOLID.matcher(text), found);
    return found;
  }

  private static void collect(Matcher m, List<Found> found) {
    while (m.find()) {
      String written = m.group(1);
      // Written solid, the groups are its runs of letters and of digits.
      String upper = written.toUpperCase(Locale.ROOT);
      String[] groups =
          upper.contains("-")
              ? upper.split("-")
              : upper.split("(?<=[A-Z])(?=[0-9])|(?<=[0-9])(?=[A-Z])");
      boolean homogeneous = true;
      for (String g : groups) {
        homogeneous &= g.matches("[A-Z]+") || g.matches("[0-9]+");
        homogeneous &= !MONTHS.contains(g);
      }
      String plain = String.join("", groups);
      boolean mixed = plain.matches(".*[A-Z].*") && plain.matches(".*[0-9].*");
      if (homogeneous && mixed) {
        normalise(plain, "NL")
            .ifPresent(e -> found.add(new Found(e, m.start(1), m.end(1), written)));
      }
    }
  }
}
