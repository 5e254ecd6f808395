package nl.waakzaam.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.FormFields;
import org.junit.jupiter.api.Test;

/**
 * The reporter pages' promises at the HTTP level, where a browser test cannot see them: the headers
 * of every page, no cookie before follow-up and then one hardened session cookie, and refused form
 * posts from elsewhere.
 */
class ReporterPagesIT extends ApiIntegrationTest {

  static final List<String> PAGES =
      List.of(
          "/",
          "/?lang=en",
          "/melden/ondernemer",
          "/melden/schuur",
          "/melden/haven?lang=en",
          "/opvolgen");

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .cookieHandler(new CookieManager())
          .build();

  @Test
  void everyPageCarriesTheSafetyHeadersAndSetsNoCookie() throws Exception {
    for (String page : PAGES) {
      HttpResponse<String> response = get(page);

      assertEquals(200, response.statusCode(), page);
      assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
      String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(policy.contains("default-src 'none'"), page + ": " + policy);
      assertTrue(policy.contains("script-src 'self'"), page + ": " + policy);
      assertTrue(policy.contains("frame-ancestors 'none'"), page + ": " + policy);
      assertTrue(policy.contains("form-action 'self'"), page + ": " + policy);
      assertFalse(policy.contains("unsafe-inline"), page + ": " + policy);
      assertFalse(policy.contains("http"), page + ": no third-party source " + policy);
      assertEquals("no-referrer", header(response, "Referrer-Policy"), page);
      assertEquals("no-store", header(response, "Cache-Control"), page);
      assertEquals("nosniff", header(response, "X-Content-Type-Options"), page);
      assertEquals("DENY", header(response, "X-Frame-Options"), page);
      assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), page + " sets a cookie");
      assertFalse(response.body().contains("<script>"), page + ": no inline script");
      assertFalse(response.body().matches("(?s).*(src|href)=\"(https?:)?//.*"), page + ": all own");
    }
  }

  @Test
  void theStyleSheetsAndScriptAreServedByTheApplicationWithTheirLicences() throws Exception {
    for (String asset :
        List.of(
            "/assets/nlds/utrecht-component-library-css/index.css",
            "/assets/nlds/utrecht-component-library-css/LICENSE.md",
            "/assets/nlds/voorbeeld-design-tokens/theme.css",
            "/assets/nlds/voorbeeld-design-tokens/LICENSE.md",
            "/assets/waakzaam.css",
            "/assets/waakzaam.js")) {
      HttpResponse<String> response = get(asset);
      assertEquals(200, response.statusCode(), asset);
      assertEquals("nosniff", header(response, "X-Content-Type-Options"), asset);
    }
    assertTrue(header(get("/assets/waakzaam.js"), "Content-Type").contains("javascript"));
    assertTrue(header(get("/assets/waakzaam.css"), "Content-Type").startsWith("text/css"));
  }

  @Test
  void sendingASignalSetsNoCookieAndTheReceiptIsNeverCached() throws Exception {
    HttpResponse<String> receipt = sendGeneralSignal();

    assertEquals(200, receipt.statusCode(), receipt.body());
    assertTrue(receipt.body().contains("waakzaam-receipt__code"), "the receipt is shown");
    assertEquals("no-store", header(receipt, "Cache-Control"));
    assertTrue(receipt.headers().allValues("Set-Cookie").isEmpty(), "no cookie with a receipt");
  }

  @Test
  void followUpStartsOneHardenedSessionCookieThatLeavingEnds() throws Exception {
    String code = receiptCode(sendGeneralSignal().body());

    HttpResponse<String> opened = post("/opvolgen", Map.of("action", "open", "receiptCode", code));

    assertEquals(302, opened.statusCode(), opened.body());
    List<String> cookies = opened.headers().allValues("Set-Cookie");
    assertEquals(1, cookies.size(), cookies.toString());
    String cookie = cookies.get(0);
    assertTrue(cookie.startsWith("JSESSIONID="), cookie);
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Strict"), cookie);
    assertFalse(cookie.contains("Secure"), "plain http here: Secure comes with https " + cookie);
    HttpResponse<String> view = get("/opvolgen");
    assertTrue(view.body().contains("waakzaam-status"), "the signal is shown");
    assertEquals("no-store", header(view, "Cache-Control"));

    HttpResponse<String> forged =
        post(
            "/opvolgen",
            Map.of("action", "write", "formToken", "not-the-token", "message", "Mijn bericht"));
    assertTrue(
        forged.body().contains("Dit formulier is verlopen"), "a post without the form token");
    assertTrue(forged.body().contains(">Mijn bericht</textarea>"), "what was typed stays");
    assertFalse(forged.body().contains("waakzaam-message__body"), "and nothing was written");

    HttpResponse<String> left =
        post("/opvolgen", Map.of("action", "leave", "formToken", formToken(view.body())));

    assertEquals(302, left.statusCode());
    HttpResponse<String> after = get("/opvolgen");
    assertFalse(after.body().contains("waakzaam-status"), "after leaving the signal is gone");
    assertTrue(after.body().contains("name=\"receiptCode\""), "the code is asked again");
  }

  @Test
  void aFormPostFromAnotherSiteOrWithoutOriginIsRefusedAndNothingIsStored() throws Exception {
    for (Map.Entry<String, String> from :
        Map.of(
                "Origin", "https://evil.example",
                "Sec-Fetch-Site", "cross-site")
            .entrySet()) {
      HttpResponse<String> refused =
          client.send(
              form("/melden/ondernemer", Map.of("step", "1", "action", "next"))
                  .header(from.getKey(), from.getValue())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(403, refused.statusCode(), from.toString());
      assertTrue(refused.body().contains("<h1"), "a page in words, not a stack trace");
      assertTrue(header(refused, "Content-Security-Policy").contains("default-src 'none'"));
    }
    HttpResponse<String> anonymous =
        client.send(
            HttpRequest.newBuilder(uri("/opvolgen"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=open&receiptCode=x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(403, anonymous.statusCode(), "no Origin, no Sec-Fetch-Site");
  }

  @Test
  void anUnknownPageAnswersInWordsInItsLanguage() throws Exception {
    HttpResponse<String> dutch = get("/bestaat-niet");
    HttpResponse<String> english = get("/bestaat-niet?lang=en");

    assertEquals(404, dutch.statusCode());
    assertTrue(dutch.body().contains("Deze pagina bestaat niet"), dutch.body());
    assertTrue(english.body().contains("This page does not exist"), english.body());
    assertEquals(404, get("/api/v1/bestaat-niet").statusCode());
    assertTrue(
        header(get("/api/v1/bestaat-niet"), "Content-Type").startsWith("application/problem+json"));
  }

  /** A general signal sent through the form, step by step, as a browser without script would. */
  @Test
  void wijzigenOnTheReviewLeadsBackToTheReviewNotThroughEveryLaterStep() throws Exception {
    HttpResponse<String> page = get("/melden/ondernemer");
    Map<String, String> fields = new LinkedHashMap<>(FormFields.hidden(page.body()));
    fields.put("general.suspicion", "LARGE_CASH_PAYMENT");
    fields.put("general.whatHappened", "Klant wilde een auto contant betalen.");
    fields.put("sector", "CAR_TRADE");
    fields.put("location.postcode", "5911");
    for (String action : List.of("next", "next", "next")) {
      fields.put("action", action);
      page = post("/melden/ondernemer", fields);
      fields.putAll(FormFields.hidden(page.body()));
    }
    String review = "<h1 class=\"utrecht-heading-1\">Controleren en versturen</h1>";
    assertTrue(page.body().contains(review), "on the review");

    fields.put("action", "edit-1");
    HttpResponse<String> changing = post("/melden/ondernemer", fields);
    fields.putAll(FormFields.hidden(changing.body()));
    assertTrue(!changing.body().contains(review), "on the step being changed");
    assertTrue(changing.body().contains("Terug naar controleren"), "the way back is named");
    fields.put("general.whatHappened", "Klant wilde twee auto's contant betalen.");
    fields.put("action", "next");
    HttpResponse<String> back = post("/melden/ondernemer", fields);

    assertTrue(back.body().contains(review), "straight back to the review: " + back.body());
    assertTrue(back.body().contains("twee auto"), "with the changed answer");
  }

  private HttpResponse<String> sendGeneralSignal() throws Exception {
    HttpResponse<String> page = get("/melden/ondernemer");
    Map<String, String> fields = new LinkedHashMap<>(FormFields.hidden(page.body()));
    fields.put("general.suspicion", "LARGE_CASH_PAYMENT");
    fields.put("general.whatHappened", "Klant wilde een auto contant betalen.");
    fields.put("sector", "CAR_TRADE");
    fields.put("location.postcode", "5911");
    for (String action : List.of("next", "next", "next", "send")) {
      fields.put("action", action);
      page = post("/melden/ondernemer", fields);
      fields.putAll(FormFields.hidden(page.body()));
    }
    return page;
  }

  private static String receiptCode(String html) {
    Matcher m = Pattern.compile("waakzaam-receipt__group\">([0-9A-Z]{4})<").matcher(html);
    StringBuilder code = new StringBuilder();
    while (m.find()) {
      code.append(m.group(1));
    }
    assertEquals(20, code.length(), html);
    return code.toString();
  }

  private static String formToken(String html) {
    Matcher m = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(html);
    assertTrue(m.find(), html);
    return m.group(1);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    return client.send(
        form(path, fields).header("Origin", origin()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder form(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private URI uri(String path) {
    return URI.create(origin() + path);
  }

  private String origin() {
    return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }
}
