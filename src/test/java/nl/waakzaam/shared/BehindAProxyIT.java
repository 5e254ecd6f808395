package nl.waakzaam.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Signals;
import org.junit.jupiter.api.Test;

/**
 * Behind the TLS proxy of a real deployment the application speaks plain http to the proxy (here
 * 127.0.0.1, trusted in the tests), which says how the browser came in: over https, the answers
 * carry HSTS, the reporter's session cookie is Secure, and the addresses written start with https.
 */
class BehindAProxyIT extends ApiIntegrationTest {

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void overHttpsAtTheProxyTheAnswersCarryHstsAndHttpsAddresses() throws Exception {
    HttpResponse<String> https = page("/", "https");
    HttpResponse<String> plain = page("/", null);

    assertEquals(200, https.statusCode());
    assertEquals(
        "max-age=31536000", https.headers().firstValue("Strict-Transport-Security").orElse(null));
    assertNull(plain.headers().firstValue("Strict-Transport-Security").orElse(null));

    Api.Reply created =
        api.send(
            api.json("api/v1/signals")
                .header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString(Signals.barnOffer().build().toString())));
    assertEquals(201, created.status(), created::toString);
    assertTrue(created.header("Location").startsWith("https://"), created.header("Location"));
  }

  @Test
  void overHttpsAtTheProxyTheReportersSessionCookieIsSecure() throws Exception {
    String code =
        api.post("api/v1/signals", Signals.barnOffer().build()).json().getString("receiptCode");

    HttpResponse<String> opened = open(code, "https");
    HttpResponse<String> openedPlain =
        open(
            api.post("api/v1/signals", Signals.barnOffer().build()).json().getString("receiptCode"),
            null);

    assertTrue(cookie(opened).contains("; Secure"), cookie(opened));
    assertTrue(cookie(openedPlain).startsWith("JSESSIONID="), "a session over plain http too");
    assertTrue(!cookie(openedPlain).contains("Secure"), cookie(openedPlain));
  }

  private HttpResponse<String> page(String path, String proto) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path.substring(1)));
    if (proto != null) {
      request.header("X-Forwarded-Proto", proto);
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> open(String code, String proto) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "opvolgen"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Sec-Fetch-Site", "same-origin")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "action=open&receiptCode=" + URLEncoder.encode(code, StandardCharsets.UTF_8)));
    if (proto != null) {
      request.header("X-Forwarded-Proto", proto);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String cookie(HttpResponse<String> response) {
    List<String> cookies = response.headers().allValues("Set-Cookie");
    return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse("(none)");
  }
}
