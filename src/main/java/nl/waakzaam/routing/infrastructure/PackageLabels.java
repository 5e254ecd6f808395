package nl.waakzaam.routing.infrastructure;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import nl.waakzaam.signal.domain.Answer;

/**
 * The Dutch of a package: the form's own questions and choices for the reporter's answers (the
 * texts the reporter read, {@code nl/waakzaam/pages.properties}), and the package's headings
 * ({@code nl/waakzaam/routing/package.properties}).
 */
final class PackageLabels {

  static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

  private final ResourceBundle pages = bundle("nl.waakzaam.pages");
  private final ResourceBundle texts = bundle("nl.waakzaam.routing.package");

  private static ResourceBundle bundle(String name) {
    return ResourceBundle.getBundle(
        name,
        Locale.ROOT,
        PackageLabels.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  String text(String key, Object... arguments) {
    String pattern = texts.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, DUTCH).format(arguments);
  }

  /** The question as the form asked it; the key itself if the form has no text for it. */
  String question(Answer answer) {
    return page("q." + answer.question() + ".label").orElse(answer.question());
  }

  /** The answer as the reporter chose or wrote it, in Dutch. */
  String value(Answer answer) {
    return value(answer.question(), answer.value());
  }

  private String value(String question, Object value) {
    if (value instanceof Boolean b) {
      return text(b ? "yes" : "no");
    }
    if (value instanceof Enum<?> e) {
      return choice(e);
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(v -> value(question, v)).collect(Collectors.joining(", "));
    }
    if (value instanceof BigDecimal amount && question.endsWith("Euros")) {
      return euros(amount);
    }
    if (value instanceof LocalDateTime t) {
      return DATE_TIME.format(t);
    }
    return value.toString();
  }

  String choice(Enum<?> e) {
    return page("choice." + e.getDeclaringClass().getSimpleName() + "." + e.name())
        .orElse(e.name());
  }

  static String euros(BigDecimal amount) {
    NumberFormat format = NumberFormat.getNumberInstance(DUTCH);
    format.setMaximumFractionDigits(2);
    return "€ " + format.format(amount);
  }

  static String date(LocalDate date) {
    return DATE.format(date);
  }

  static String time(LocalTime time) {
    return TIME.format(time);
  }

  static String moment(Instant instant) {
    return DATE_TIME.format(instant.atZone(DUTCH_TIME));
  }

  private Optional<String> page(String key) {
    try {
      return Optional.of(pages.getString(key));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }
}
