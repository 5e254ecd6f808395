package nl.waakzaam.shared.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** The two languages Waakzaam answers in: Dutch by default, English for whoever prefers it. */
public final class Languages {

  public static final Locale DUTCH = Locale.forLanguageTag("nl");
  public static final Locale ENGLISH = Locale.ENGLISH;

  private Languages() {}

  /** The first of Dutch and English in the caller's {@code Accept-Language} order; else Dutch. */
  public static Locale preferred(List<Locale> acceptable) {
    for (Locale locale : acceptable) {
      if (locale.getLanguage().equals("en")) {
        return ENGLISH;
      }
      if (locale.getLanguage().equals("nl")) {
        return DUTCH;
      }
    }
    return DUTCH;
  }

  public static Locale preferred(HttpHeaders headers) {
    try {
      return preferred(headers.getAcceptableLanguages());
    } catch (RuntimeException malformedHeader) {
      return DUTCH;
    }
  }
}
