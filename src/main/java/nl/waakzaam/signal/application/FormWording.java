package nl.waakzaam.signal.application;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import nl.waakzaam.signal.domain.Answer;

/**
 * A reporter's answers in the Dutch of the forms they filled in ({@code
 * nl/waakzaam/pages.properties}): the question as it was asked and the choice as it was offered, so
 * that staff and partners read "Soort gebouw: Schuur" where the data says {@code
 * barnOffer.buildingType BARN}.
 */
public final class FormWording {

  public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");
  private static final FormWording INSTANCE = new FormWording();

  private final ResourceBundle pages =
      ResourceBundle.getBundle(
          "nl.waakzaam.pages",
          Locale.ROOT,
          FormWording.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private FormWording() {}

  /** The one wording: the bundle is read once. */
  public static FormWording dutch() {
    return INSTANCE;
  }

  /** The question as the form asked it; the key itself if the form has no text for it. */
  public String question(Answer answer) {
    return text("q." + answer.question() + ".label").orElse(answer.question());
  }

  /** The answer as the reporter chose or wrote it, in Dutch. */
  public String value(Answer answer) {
    return value(answer.question(), answer.value());
  }

  /** A choice as the form offered it; its name if the form has no text for it. */
  public String choice(Enum<?> e) {
    return text("choice." + e.getDeclaringClass().getSimpleName() + "." + e.name())
        .orElse(e.name());
  }

  /** An amount as Dutch people write it: {@code € 2.500}. */
  public static String euros(BigDecimal amount) {
    NumberFormat format = NumberFormat.getNumberInstance(DUTCH);
    format.setMaximumFractionDigits(2);
    return "€ " + format.format(amount);
  }

  private String value(String question, Object value) {
    if (value instanceof Boolean b) {
      return text(b ? "choice.yes-no.yes" : "choice.yes-no.no").orElse(b.toString());
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
    if (value instanceof java.time.LocalDate d) {
      return DATE.format(d);
    }
    return value.toString();
  }

  private Optional<String> text(String key) {
    try {
      return Optional.of(pages.getString(key));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }
}
