package nl.waakzaam.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.waakzaam.testing.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * A farmer on a slow rural line: the landing page's first visit, the page and every file it names,
 * as a browser fetches them (accepting gzip), stays under 100 kB on the wire; the files come
 * compressed, under versioned addresses, and are kept for a year; the page itself is never
 * compressed (it may carry a secret beside what the visitor typed: BREACH).
 */
class StaticAssetsIT extends ApiIntegrationTest {

  private static final long BUDGET = 100 * 1024;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theLandingPagesFirstVisitStaysUnder100kBAndItsFilesAreKeptUntilTheyChange()
      throws Exception {
    HttpResponse<byte[]> page = fetch("");
    String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(
        page.headers().firstValue("Content-Encoding").isEmpty(), "the page is not compressed");
    long transferred = page.body().length;
    List<String> files = new ArrayList<>();
    Matcher m = Pattern.compile("(?:href|src)=\"(/assets/[^\"]+)\"").matcher(html);
    while (m.find()) {
      files.add(m.group(1).replace("&amp;", "&"));
    }
    assertTrue(files.size() >= 3, "style sheets and script: " + files);

    StringBuilder sizes = new StringBuilder();
    for (String file : files) {
      assertTrue(file.contains("?v="), "a versioned address: " + file);
      HttpResponse<byte[]> asset = fetch(file.substring(1));
      assertEquals(200, asset.statusCode(), file);
      assertEquals(
          "public, max-age=31536000, immutable",
          asset.headers().firstValue("Cache-Control").orElse(""),
          file);
      if (file.contains(".css") || file.contains(".js")) {
        assertEquals("gzip", asset.headers().firstValue("Content-Encoding").orElse(""), file);
      }
      transferred += asset.body().length;
      sizes
          .append(file.replaceAll("\\?.*", ""))
          .append(' ')
          .append(asset.body().length)
          .append("; ");
    }
    System.out.println(
        "[waakzaam] landing page first visit: " + transferred + " bytes (" + sizes + ")");
    assertTrue(transferred < BUDGET, transferred + " bytes: " + sizes);
  }

  @Test
  void aFileAskedForWithoutItsCurrentVersionIsCheckedAgainAtEveryUse() throws Exception {
    assertEquals(
        "no-cache", fetch("assets/waakzaam.css").headers().firstValue("Cache-Control").orElse(""));
    assertEquals(
        "no-cache",
        fetch("assets/waakzaam.css?v=000000000000")
            .headers()
            .firstValue("Cache-Control")
            .orElse(""));
  }

  private HttpResponse<byte[]> fetch(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept-Encoding", "gzip, deflate, br")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
