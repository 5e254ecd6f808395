package nl.waakzaam.linking.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses in the form two spellings of one mailbox share, for comparison only (the signal
 * keeps them as written): lower case, without a {@code +tag}, and for Gmail without dots.
 */
public final class EmailAddresses {

  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?<![\\w.+-])([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})(?![\\w-])");

  private static final Set<String> DOTLESS = Set.of("gmail.com", "googlemail.com");

  private EmailAddresses() {}

  public static Optional<Entity> normalise(String text) {
    if (text == null || !ADDRESS.matcher(text.strip()).matches()) {
      return Optional.empty();
    }
    String lower = text.strip().toLowerCase(Locale.ROOT);
    int at = lower.lastIndexOf('@');
    String local = lower.substring(0, at);
    String domain = lower.substring(at + 1);
    int plus = local.indexOf('+');
    if (plus > 0) {
      local = local.substring(0, plus);
    }
    if (DOTLESS.contains(domain)) {
      local = local.replace(".", "");
      domain = "gmail.com";
    }
    return local.isEmpty()
        ? Optional.empty()
        : Optional.of(new Entity(EntityType.EMAIL_ADDRESS, local + "@" + domain));
  }

  public static List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    Matcher m = ADDRESS.matcher(text);
    while (m.find()) {
      String written = m.group(1);
      normalise(written).ifPresent(e -> found.add(new Found(e, m.start(1), m.end(1), written)));
    }
    return found;
  }
}
