package nl.waakzaam.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Routed;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestDatabase;
import nl.waakzaam.testing.TestKeycloak;
import org.junit.jupiter.api.Test;

/**
 * A signal handed from Limburg to Zeeland-West-Brabant through the API with real tokens: it waits
 * in Zeeland's list while Limburg keeps it, leaves Limburg's queue and views on acceptance (404
 * there afterwards), a returned offer leaves it in Limburg, each step is audited in both regions,
 * and the reporter's receipt code works throughout and shows nothing of it.
 */
class TransferIT extends ApiIntegrationTest {

  private static final String REASON = "De schuur ligt over de grens, in de gemeente Woensdrecht.";

  private static final JsonObject EMPTY = Json.createObjectBuilder().build();

  private final TestKeycloak keycloak = TestKeycloak.get();
  private final TestDatabase database = TestDatabase.get();

  @Test
  void anAcceptedSignalIsTheOtherRegionsAndLimburgNoLongerSeesIt() {
    Submitted signal = submitInMaastricht();
    String limburg = keycloak.userToken("coordinator.limburg");
    String zeeland = keycloak.userToken("coordinator.zeeland");
    String analyst = keycloak.userToken("analist.limburg");
    take(signal.reference(), analyst);

    assertEquals(404, staffView(signal.reference(), zeeland).status(), "not offered yet");
    Api.Reply offered = offer(signal.reference(), "zeeland-west-brabant", REASON, limburg);
    assertEquals(200, offered.status(), offered::toString);
    assertEquals("limburg", offered.json().getString("region"));
    assertEquals(
        "urn:waakzaam:problem:transfer-pending",
        offer(signal.reference(), "rotterdam", "Toch Rotterdam.", limburg)
            .json()
            .getString("type"));

    // Still Limburg's while it waits: its analyst works on it, and Zeeland reads it to decide.
    JsonObject limburgsView = staffView(signal.reference(), limburg).json();
    assertEquals("LIMBURG", limburgsView.getString("region"));
    assertEquals("ZEELAND_WEST_BRABANT", limburgsView.getJsonObject("transfer").getString("to"));
    assertTrue(actions(limburgsView).contains("WITHDRAW_TRANSFER"), limburgsView::toString);
    assertFalse(actions(limburgsView).contains("ACCEPT_TRANSFER"), limburgsView::toString);
    assertTrue(inQueue(signal.reference(), analyst));

    Api.Reply waiting = api.get("api/v1/transfers", zeeland);
    assertEquals(200, waiting.status(), waiting::toString);
    JsonObject listed = listed(waiting, signal.reference());
    assertEquals("limburg", listed.getString("from"));
    assertEquals(REASON, listed.getString("reason"));
    JsonObject zeelandsLook = staffView(signal.reference(), zeeland).json();
    assertEquals(
        List.of("ACCEPT_TRANSFER", "RETURN_TRANSFER"),
        actions(zeelandsLook),
        "deciding on an offer is all another region may do");
    assertFalse(zeelandsLook.containsKey("contact"), "nor does it learn who the reporter is");
    Api.Reply meddling =
        api.post(
            "api/v1/signals/" + signal.reference() + "/messages",
            Json.createObjectBuilder().add("text", "Wij nemen het over.").build(),
            zeeland);
    assertEquals(404, meddling.status(), "no action but the answer: " + meddling);
    assertEquals(
        404,
        api.post("api/v1/signals/" + signal.reference() + "/transfer/acceptance", EMPTY, limburg)
            .status(),
        "the offering region does not accept its own offer");

    Api.Reply accepted =
        api.post("api/v1/signals/" + signal.reference() + "/transfer/acceptance", EMPTY, zeeland);
    assertEquals(200, accepted.status(), accepted::toString);
    assertEquals("zeeland-west-brabant", accepted.json().getString("region"));
    assertEquals("IN_TRIAGE", accepted.json().getString("status"), "the status stays as it was");

    assertEquals(404, staffView(signal.reference(), limburg).status());
    assertEquals(404, staffView(signal.reference(), analyst).status());
    assertFalse(inQueue(signal.reference(), analyst), "gone from Limburg's queue");
    assertTrue(inQueue(signal.reference(), zeeland));
    JsonObject zeelands = staffView(signal.reference(), zeeland).json();
    assertEquals("ZEELAND_WEST_BRABANT", zeelands.getString("region"));
    assertNull(zeelands.get("transfer"));
    assertTrue(actions(zeelands).contains("CLOSE"), zeelands::toString);
    assertTrue(zeelands.containsKey("contact"), "its own region reads the contact details now");
    assertEquals(0, listedCount(api.get("api/v1/transfers", zeeland), signal.reference()));

    for (String action : List.of("TRANSFER_OFFERED", "TRANSFER_ACCEPTED")) {
      for (String region : List.of("LIMBURG", "ZEELAND_WEST_BRABANT")) {
        assertEquals(
            1, database.signalAuditRecords(action, signal.reference(), region), action + region);
      }
    }
    JsonObject reporter = reporterView(signal.receiptCode());
    assertEquals("IN_PROGRESS", reporter.getString("status"));
    assertFalse(reporter.toString().contains("Zeeland"), reporter::toString);
    assertFalse(reporter.toString().contains("TRANSFER"), reporter::toString);
  }

  @Test
  void aReturnedOfferLeavesTheSignalInLimburgAndAWithdrawnOneIsNoLongerListed() {
    Submitted signal = submitInMaastricht();
    String limburg = keycloak.userToken("coordinator.limburg");
    String zeeland = keycloak.userToken("coordinator.zeeland");

    assertEquals(
        422, offer(signal.reference(), "atlantis", REASON, limburg).status(), "no such region");
    assertEquals(422, offer(signal.reference(), "zeeland-west-brabant", " ", limburg).status());
    assertEquals(
        "urn:waakzaam:problem:transfer-to-own-region",
        offer(signal.reference(), "limburg", REASON, limburg).json().getString("type"));
    assertEquals(
        403,
        offer(
                signal.reference(),
                "zeeland-west-brabant",
                REASON,
                keycloak.userToken("analist.limburg"))
            .status(),
        "an analyst does not hand signals to other regions");

    assertEquals(200, offer(signal.reference(), "zeeland-west-brabant", REASON, limburg).status());
    Api.Reply noReason =
        api.post(
            "api/v1/signals/" + signal.reference() + "/transfer/return",
            Json.createObjectBuilder().add("reason", "").build(),
            zeeland);
    assertEquals(422, noReason.status(), noReason::toString);
    Api.Reply returned =
        api.post(
            "api/v1/signals/" + signal.reference() + "/transfer/return",
            Json.createObjectBuilder().add("reason", "Het adres ligt in Maastricht.").build(),
            zeeland);
    assertEquals(200, returned.status(), returned::toString);
    assertEquals("limburg", returned.json().getString("region"));
    assertEquals(404, staffView(signal.reference(), zeeland).status());
    JsonObject limburgs = staffView(signal.reference(), limburg).json();
    assertNull(limburgs.get("transfer"));
    assertTrue(actions(limburgs).contains("TRANSFER"), limburgs::toString);
    assertTrue(
        limburgs.getJsonArray("history").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                e ->
                    e.getString("event").equals("TRANSFER_RETURNED")
                        && e.getString("reason").contains("Het adres ligt in Maastricht.")),
        limburgs::toString);
    for (String region : List.of("LIMBURG", "ZEELAND_WEST_BRABANT")) {
      assertEquals(
          1, database.signalAuditRecords("TRANSFER_RETURNED", signal.reference(), region), region);
    }

    assertEquals(200, offer(signal.reference(), "zeeland-west-brabant", REASON, limburg).status());
    assertEquals(1, listedCount(api.get("api/v1/transfers", zeeland), signal.reference()));
    Api.Reply withdrawn = api.delete("api/v1/signals/" + signal.reference() + "/transfer", limburg);
    assertEquals(200, withdrawn.status(), withdrawn::toString);
    assertEquals(0, listedCount(api.get("api/v1/transfers", zeeland), signal.reference()));
    assertEquals(
        404,
        api.post("api/v1/signals/" + signal.reference() + "/transfer/acceptance", EMPTY, zeeland)
            .status(),
        "a withdrawn offer cannot be accepted");
    assertEquals("RECEIVED", reporterView(signal.receiptCode()).getString("status"));
  }

  @Test
  void decidingTheSignalWhileItIsOfferedTakesTheOfferBack() {
    Submitted signal = submitInMaastricht();
    String limburg = keycloak.userToken("coordinator.limburg");
    String zeeland = keycloak.userToken("coordinator.zeeland");
    assertEquals(200, offer(signal.reference(), "zeeland-west-brabant", REASON, limburg).status());

    Api.Reply rejected =
        api.post(
            "api/v1/signals/" + signal.reference() + "/rejection",
            Json.createObjectBuilder().add("reason", "Reclame.").build(),
            keycloak.userToken("analist.limburg"));
    assertEquals(200, rejected.status(), rejected::toString);
    assertEquals(0, listedCount(api.get("api/v1/transfers", zeeland), signal.reference()));
    assertEquals(404, staffView(signal.reference(), zeeland).status());
    assertEquals(
        "urn:waakzaam:problem:transfer-of-decided",
        offer(signal.reference(), "zeeland-west-brabant", REASON, limburg)
            .json()
            .getString("type"));
  }

  // --- helpers -------------------------------------------------------------------------------

  private record Submitted(String reference, String receiptCode) {}

  /** A barn offer in Maastricht whose reporter left an e-mail address, not to be shared. */
  private Submitted submitInMaastricht() {
    JsonObject body =
        Json.createObjectBuilder(Signals.barnOffer().build())
            .add(
                "contact",
                Json.createObjectBuilder()
                    .add("email", "melder@example.nl")
                    .add("shareWithPartners", false))
            .build();
    Routed.Signal received = Routed.inMaastricht(api, body);
    assertEquals("LIMBURG", database.regionOf(received.reference()));
    return new Submitted(received.reference(), received.receiptCode());
  }

  private void take(String reference, String token) {
    Api.Reply taken = api.post("api/v1/signals/" + reference + "/triage", EMPTY, token);
    assertEquals(200, taken.status(), taken::toString);
  }

  private Api.Reply offer(String reference, String region, String reason, String token) {
    return api.post(
        "api/v1/signals/" + reference + "/transfer",
        Json.createObjectBuilder().add("region", region).add("reason", reason).build(),
        token);
  }

  private Api.Reply staffView(String reference, String token) {
    return api.get("api/v1/signals/" + reference, token);
  }

  private static List<String> actions(JsonObject view) {
    return view.getJsonArray("allowedActions").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private boolean inQueue(String reference, String token) {
    Api.Reply queue = api.get("api/v1/triage/queue?limit=50", token);
    assertEquals(200, queue.status(), queue::toString);
    return queue.body().contains(reference);
  }

  private static JsonObject listed(Api.Reply offered, String reference) {
    return offered.jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(o -> o.getString("reference").equals(reference))
        .findFirst()
        .orElseThrow(() -> new AssertionError(reference + " not in " + offered));
  }

  private static long listedCount(Api.Reply offered, String reference) {
    assertEquals(200, offered.status(), offered::toString);
    return offered.jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(o -> o.getString("reference").equals(reference))
        .count();
  }

  private JsonObject reporterView(String receiptCode) {
    return Routed.reporterView(api, receiptCode);
  }
}
