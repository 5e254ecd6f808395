package nl.waakzaam.shared.interfaces.rest;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts for clients, in Dutch ({@code messages.properties}) or English ({@code messages_en}).
 * Placeholders are written {@code {name}} and filled from a map.
 */
public final class Messages {

  private static final String BUNDLE = "nl.waakzaam.messages";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.-]+)\\}");
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;

  private Messages(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  /** The API's texts, in Dutch unless {@code locale} is English. */
  public static Messages in(Locale locale) {
    return of(BUNDLE, locale);
  }

  /**
   * The texts of {@code bundle}: Dutch in its base file, English in its {@code _en} file. The
   * server's own default locale never chooses the language.
   */
  public static Messages of(String bundle, Locale locale) {
    Locale language = Languages.ENGLISH.equals(locale) ? Locale.ENGLISH : Locale.ROOT;
    return new Messages(
        ResourceBundle.getBundle(bundle, language, Messages.class.getClassLoader(), NO_FALLBACK));
  }

  /** Every key of the bundle. */
  public java.util.Set<String> keys() {
    return bundle.keySet();
  }

  public Optional<String> find(String key, Map<String, ?> arguments) {
    try {
      return Optional.of(fill(bundle.getString(key), arguments));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /** The text of {@code key}; a missing key is a programming error, shown as the key itself. */
  public String text(String key, Map<String, ?> arguments) {
    return find(key, arguments).orElse(key);
  }

  public String text(String key) {
    return text(key, Map.of());
  }

  private static String fill(String template, Map<String, ?> arguments) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = arguments.get(m.group(1));
      m.appendReplacement(
          out, Matcher.quoteReplacement(value == null ? m.group() : value.toString()));
    }
    m.appendTail(out);
    return out.toString();
  }
}
