package nl.waakzaam.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Routed;
import nl.waakzaam.testing.TestDatabase;
import nl.waakzaam.testing.TestKeycloak;
import org.junit.jupiter.api.Test;

/**
 * The reporter never reads where their signal went, unless a coordinator decides so for that
 * signal; then they read the kinds of partner, in the API and on the follow-up page, and never an
 * organisation's name. The decision and its undoing are audited and need a reason.
 */
class PartnerDisclosureIT extends ApiIntegrationTest {

  private final TestKeycloak keycloak = TestKeycloak.get();

  @Test
  void theReporterReadsTheKindsOfPartnerOnlyOnceACoordinatorDecidesSo() throws Exception {
    Routed.Signal signal = Routed.forwardedTo(api, "politie-limburg", "gemeente-maastricht");
    String coordinator = keycloak.userToken("coordinator.limburg");
    assertEquals(List.of(), partners(signal.receiptCode()), "not by default");
    assertFalse(staffView(signal.reference(), coordinator).getBoolean("partnersShownToReporter"));

    assertEquals(422, decide(signal.reference(), true, " ", coordinator).status(), "no reason");
    assertEquals(
        403,
        decide(signal.reference(), true, "Mag.", keycloak.userToken("analist.limburg")).status());
    Api.Reply shown = decide(signal.reference(), true, "De gemeente vroeg erom.", coordinator);
    assertEquals(200, shown.status(), shown::toString);
    assertEquals(
        List.of("POLICE", "MUNICIPALITY"),
        shown.json().getJsonArray("partners").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList());
    assertEquals(List.of("de politie", "de gemeente"), partners(signal.receiptCode()));
    assertTrue(staffView(signal.reference(), coordinator).getBoolean("partnersShownToReporter"));
    String page = followUpPage(signal.receiptCode());
    assertTrue(page.contains("de politie en de gemeente"), page);
    assertFalse(page.contains("Maastricht"), "never the organisation's name");
    assertFalse(page.contains("eenheid Limburg"), "never the organisation's name");
    assertEquals(1, TestDatabase.get().auditRecords("PARTNERS_DISCLOSED", signal.reference()));

    Api.Reply hidden = decide(signal.reference(), false, "Toch liever niet.", coordinator);
    assertEquals(200, hidden.status(), hidden::toString);
    assertEquals(List.of(), partners(signal.receiptCode()));
    assertEquals(1, TestDatabase.get().auditRecords("PARTNERS_CONCEALED", signal.reference()));

    Routed.Signal unrouted = Routed.received(api);
    Api.Reply nothing = decide(unrouted.reference(), true, "Mag.", coordinator);
    assertEquals(409, nothing.status(), nothing::toString);
    assertEquals("urn:waakzaam:problem:nothing-forwarded", nothing.json().getString("type"));
  }

  private Api.Reply decide(String reference, boolean disclosed, String reason, String token) {
    return api.put(
        "api/v1/signals/" + reference + "/partner-disclosure",
        Json.createObjectBuilder().add("disclosed", disclosed).add("reason", reason).build(),
        token);
  }

  private JsonObject staffView(String reference, String token) {
    Api.Reply view = api.get("api/v1/signals/" + reference, token);
    assertEquals(200, view.status(), view::toString);
    return view.json().getJsonObject("handling");
  }

  /** The kinds of partner the reporter reads through the follow-up API, in Dutch. */
  private List<String> partners(String receiptCode) {
    return Routed.reporterView(api, receiptCode)
        .getJsonArray("partners")
        .getValuesAs(JsonString.class)
        .stream()
        .map(JsonString::getString)
        .toList();
  }

  /** The follow-up page as a browser without script gets it after posting the receipt code. */
  private String followUpPage(String receiptCode) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new java.net.CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(base.toURI().resolve("opvolgen"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                // As a browser posting the page's own form says (SameOriginFormFilter).
                .header("Sec-Fetch-Site", "same-origin")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "action=open&receiptCode="
                            + java.net.URLEncoder.encode(
                                receiptCode, java.nio.charset.StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode(), page::body);
    return page.body();
  }
}
