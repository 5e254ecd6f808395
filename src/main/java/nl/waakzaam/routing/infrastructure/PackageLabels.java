package nl.waakzaam.routing.infrastructure;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.waakzaam.signal.application.FormWording;
import nl.waakzaam.signal.domain.Answer;

/**
 * The Dutch of a package: the form's own questions and choices for the reporter's answers ({@link
 * FormWording}), and the package's headings ({@code nl/waakzaam/routing/package.properties}).
 */
final class PackageLabels {

  static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

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
    return FormWording.dutch().question(answer);
  }

  /** The answer as the reporter chose or wrote it, in Dutch. */
  String value(Answer answer) {
    return FormWording.dutch().value(answer);
  }

  String choice(Enum<?> e) {
    return FormWording.dutch().choice(e);
  }

  static String euros(BigDecimal amount) {
    return FormWording.euros(amount);
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
}
