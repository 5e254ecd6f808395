package nl.waakzaam.linking.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KvK numbers (eight digits) and vestigingsnummers (twelve). Neither has a check digit, so in free
 * text only a number the text calls so counts: eight digits alone are as often a date or an amount.
 */
public final class CompanyNumbers {

  private static final Pattern KVK =
      Pattern.compile(
          "(?i)\\b(?:kvk|k\\.v\\.k\\.|kamer van koophandel)(?:[- ]?(?:nummer|nr\\.?))?"
              + "(?: (?:onder|met)(?: (?:het )?(?:nummer|nr\\.?))?)?[\\s:.#]{0,3}"
              + "(\\d{2} ?\\d{2} ?\\d{2} ?\\d{2})(?!\\d)");

  private static final Pattern BRANCH =
      Pattern.compile(
          "(?i)\\bvestigings?(?:[- ]?(?:nummer|nr\\.?))[\\s:.#]{0,3}(\\d{4} ?\\d{4} ?\\d{4})(?!\\d)");

  private CompanyNumbers() {}

  public static Optional<Entity> kvk(String text) {
    return digits(text, 8).map(d -> new Entity(EntityType.KVK_NUMBER, d));
  }

  public static Optional<Entity> branch(String text) {
    return digits(text, 12).map(d -> new Entity(EntityType.BRANCH_NUMBER, d));
  }

  public static List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    collect(KVK.matcher(text), 8, EntityType.KVK_NUMBER, found);
    collect(BRANCH.matcher(text), 12, EntityType.BRANCH_NUMBER, found);
    return found;
  }

  private static void collect(Matcher m, int length, EntityType type, List<Found> found) {
    while (m.find()) {
      String written = m.group(1);
      digits(written, length)
          .ifPresent(d -> found.add(new Found(new Entity(type, d), m.start(1), m.end(1), written)));
    }
  }

  private static Optional<String> digits(String text, int length) {
    if (text == null) {
      return Optional.empty();
    }
    String plain = text.replaceAll("[\\s.]", "");
    return plain.matches("[0-9]{" + length + "}") ? Optional.of(plain) : Optional.empty();
  }
}
