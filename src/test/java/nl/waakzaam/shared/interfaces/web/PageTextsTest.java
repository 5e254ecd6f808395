package nl.waakzaam.shared.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.waakzaam.shared.interfaces.rest.Languages;
import nl.waakzaam.shared.interfaces.rest.Messages;
import org.junit.jupiter.api.Test;

/** The pages speak Dutch and English with the same keys, and no page names a missing text. */
class PageTextsTest {

  private static final Messages DUTCH = Messages.of(Texts.BUNDLE, Languages.DUTCH);
  private static final Messages ENGLISH = Messages.of(Texts.BUNDLE, Languages.ENGLISH);

  @Test
  void dutchAndEnglishHaveTheSameTexts() throws IOException {
    assertEquals(keys("pages.properties"), keys("pages_en.properties"));
  }

  @Test
  void everyTextAPageNamesExists() throws IOException {
    Pattern literal = Pattern.compile("t\\['([a-z0-9.-]+)'\\]|t\\.format\\('([a-z0-9.-]+)'");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("webapp"))) {
      for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = literal.matcher(Files.readString(page));
        while (m.find()) {
          String key = m.group(1) != null ? m.group(1) : m.group(2);
          if (DUTCH.find(key, Map.of()).isEmpty()) {
            missing.add(page + ": " + key);
          }
        }
      }
    }
    assertTrue(missing.isEmpty(), missing.toString());
  }

  @Test
  void theEnglishTextsAreEnglish() {
    assertEquals("English", DUTCH.text("page.other-language"));
    assertEquals("Nederlands", ENGLISH.text("page.other-language"));
  }

  private static Set<String> keys(String file) throws IOException {
    Set<String> keys = new TreeSet<>();
    for (String line : Files.readAllLines(Path.of("src/main/resources/nl/waakzaam", file))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        keys.add(line.substring(0, line.indexOf('=')));
      }
    }
    return keys;
  }
}
