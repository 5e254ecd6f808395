package nl.waakzaam.shared.domain;

/** The text people may give the platform: what the API, the pages and the domain all accept. */
public final class PlainText {

  private PlainText() {}

  /**
   * No control characters but tab and line breaks, no bidirectional overrides (which make text read
   * differently than it is stored), and only whole surrogate pairs (PostgreSQL refuses halves).
   */
  public static boolean isPlain(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)
          || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')
          || (c >= '\u202A' && c <= '\u202E')
          || (c >= '\u2066' && c <= '\u2069')) {
        return false;
      }
    }
    return true;
  }
}
