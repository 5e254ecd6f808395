package nl.waakzaam.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a browser sends back of a page's form without being asked: its hidden fields. */
public final class FormFields {

  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

  private FormFields() {}

  /** The hidden fields of {@code html}, by name, their values unescaped. */
  public static Map<String, String> hidden(String html) {
    Matcher m = HIDDEN.matcher(html);
    Map<String, String> fields = new LinkedHashMap<>();
    while (m.find()) {
      fields.put(m.group(1), m.group(2).replace("&amp;", "&"));
    }
    return fields;
  }
}
