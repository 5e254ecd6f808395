package nl.waakzaam.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestDatabase;
import nl.waakzaam.testing.TestKeycloak;
import nl.waakzaam.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Duplicates folded together (the duplicate's reporter keeps their code and follows the survivor,
 * undoable for a day), links made by hand, and need to know across regions: asked, granted or
 * refused, read for a limited time by the asker only, each step audited. With real Keycloak tokens
 * and the real database.
 */
class DuplicatesLinksAndAccessIT extends ApiIntegrationTest {

  private final TestKeycloak keycloak = TestKeycloak.get();

  /** A submitted signal: its reference and its receipt code. */
  private record Submitted(String reference, String receiptCode) {}

  @Test
  void aMergedSignalsReporterKeepsTheirCodeAndFollowsTheSurvivorUntilTheMergeIsUndone()
      throws SQLException {
    Submitted survivor = submit(inLimburg("Een man bood contant geld voor de schuur."));
    Submitted duplicate =
        submit(inLimburg("Dezelfde man, nu met een bus met kenteken 52-KLM-9, bood weer geld."));
    String analyst = keycloak.userToken("analist.limburg");
    String survivorsReporter = followUp(survivor.receiptCode());
    assertEquals(
        201,
        api.send(
                api.json("api/v1/followup/messages")
                    .header("Authorization", "FollowUp " + survivorsReporter)
                    .POST(body("{\"text\":\"Mijn buurman heet Jansen.\"}")))
            .status());

    Api.Reply merged =
        api.post(
            "api/v1/signals/" + duplicate.reference() + "/merge",
            Json.createObjectBuilder()
                .add("into", survivor.reference())
                .add("reason", "Dezelfde man en dezelfde schuur.")
                .build(),
            analyst);

    assertEquals(200, merged.status(), merged::toString);
    assertEquals(survivor.reference(), merged.json().getString("survivor"));
    JsonObject duplicateView = staffView(duplicate.reference(), analyst);
    assertEquals("MERGED", duplicateView.getString("status"));
    assertEquals(survivor.reference(), duplicateView.getJsonObject("merge").getString("survivor"));
    assertTrue(strings(duplicateView, "allowedActions").contains("UNDO_MERGE"));
    JsonObject survivorView = staffView(survivor.reference(), analyst);
    assertEquals(1, survivorView.getJsonArray("duplicates").size(), "the survivor shows both");
    assertEquals(
        "Dezelfde man, nu met een bus met kenteken 52-KLM-9, bood weer geld.",
        survivorView
            .getJsonArray("duplicates")
            .getJsonObject(0)
            .getJsonObject("signal")
            .getString("description"));
    assertEquals(
        "MERGED_IN",
        last(survivorView.getJsonArray("history").getValuesAs(JsonObject.class))
            .getString("event"));

    // Staff work on the survivor; the duplicate's reporter, with their own code, follows it.
    assertEquals(
        200,
        api.send(
                api.json("api/v1/signals/" + survivor.reference() + "/triage")
                    .header("Authorization", "Bearer " + analyst)
                    .POST(body("")))
            .status());
    assertEquals(
        201,
        api.post(
                "api/v1/signals/" + survivor.reference() + "/messages",
                Json.createObjectBuilder().add("text", "Wij kijken ernaar.").build(),
                analyst)
            .status());
    String duplicatesReporter = followUp(duplicate.receiptCode());
    JsonObject followed = reporterView(duplicatesReporter);
    assertEquals(duplicate.reference(), followed.getString("reference"), "their own reference");
    assertEquals(
        reporterView(followUp(survivor.receiptCode())).getString("status"),
        followed.getString("status"));
    String conversation = reporterMessages(duplicatesReporter).body();
    assertTrue(conversation.contains("Wij kijken ernaar."), conversation);
    assertFalse(conversation.contains("Jansen"), "never what the other reporter wrote");
    assertFalse(conversation.contains(survivor.reference()), "nothing tells of the merge");

    // What the duplicate's reporter writes is news on the survivor, where staff work now.
    assertEquals(
        201,
        api.send(
                api.json("api/v1/followup/messages")
                    .header("Authorization", "FollowUp " + duplicatesReporter)
                    .POST(body("{\"text\":\"Hij kwam gisteren terug.\"}")))
            .status());
    JsonObject withNews = staffView(survivor.reference(), analyst);
    assertTrue(withNews.getJsonObject("handling").getBoolean("unread"));
    assertTrue(withNews.getJsonArray("duplicates").toString().contains("Hij kwam gisteren terug."));

    // What the duplicate named, the survivor names now: a third signal finds the survivor.
    Submitted third = submit(inLimburg("Weer die bus, 52 KLM 9, bij de loods."));
    Api.Reply related = api.get("api/v1/signals/" + third.reference() + "/related", analyst);
    assertTrue(related.body().contains(survivor.reference()), related::toString);
    assertFalse(related.body().contains(duplicate.reference()), related::toString);

    TestDatabase db = TestDatabase.get();
    assertEquals(1, audited(db, "SIGNAL_MERGED", duplicate.reference()));
    assertEquals(1, audited(db, "DUPLICATE_FOLDED_IN", survivor.reference()));

    // Undone: the duplicate stands alone again, and its reporter sees its own status.
    Api.Reply undone = api.delete("api/v1/signals/" + duplicate.reference() + "/merge", analyst);
    assertEquals(204, undone.status(), undone::toString);
    assertEquals("RECEIVED", staffView(duplicate.reference(), analyst).getString("status"));
    assertEquals("RECEIVED", reporterView(duplicatesReporter).getString("status"));
    assertFalse(reporterMessages(duplicatesReporter).body().contains("Wij kijken ernaar."));
    assertEquals(1, audited(db, "MERGE_UNDONE", duplicate.reference()));
    assertEquals(
        409, api.delete("api/v1/signals/" + duplicate.reference() + "/merge", analyst).status());
  }

  @Test
  void aMergeIsRefusedWhereItCannotBeAndIsFinalAfterADay() throws SQLException {
    Submitted a = submit(inLimburg("Een schuur aan de Maas."));
    Submitted b = submit(inLimburg("Dezelfde schuur aan de Maas."));
    Submitted c = submit(inLimburg("Nog eens die schuur."));
    String analyst = keycloak.userToken("analist.limburg");

    assertProblem(409, "merge-into-itself", merge(a, a, analyst));
    assertEquals(200, merge(b, a, analyst).status());
    assertProblem(409, "merge-into-merged", merge(c, b, analyst));
    assertProblem(409, "merge-of-survivor", merge(a, c, analyst));
    assertProblem(422, "invalid-request", merge(c, a, analyst, " "));
    // Another region's analyst finds neither signal.
    String brabant = keycloak.userToken("analist.oost-brabant");
    assertProblem(404, "unknown-signal", merge(c, a, brabant));
    assertProblem(
        404, "unknown-signal", api.delete("api/v1/signals/" + b.reference() + "/merge", brabant));

    try (Connection owner = TestDatabase.get().connectAsOwner();
        Statement st = owner.createStatement()) {
      st.executeUpdate(
          "update signal set merged_at = merged_at - interval '25 hours' where reference = '"
              + b.reference()
              + "'");
    }
    assertFalse(
        strings(staffView(b.reference(), analyst), "allowedActions").contains("UNDO_MERGE"));
    assertProblem(
        409, "merge-final", api.delete("api/v1/signals/" + b.reference() + "/merge", analyst));
  }

  @Test
  void staffLinkTwoSignalsByHandWithAReasonAndUnlinkThem() throws SQLException {
    Submitted a = submit(inLimburg("Een man met een rode pet."));
    Submitted b = submit(inLimburg("Weer die rode pet, nu bij de camping."));
    String analyst = keycloak.userToken("analist.limburg");
    JsonObject link =
        Json.createObjectBuilder()
            .add("signal", b.reference())
            .add("reason", "Dezelfde man met de rode pet.")
            .build();

    assertEquals(
        201, api.post("api/v1/signals/" + a.reference() + "/links", link, analyst).status());
    assertProblem(
        409,
        "already-linked",
        api.post(
            "api/v1/signals/" + b.reference() + "/links",
            Json.createObjectBuilder()
                .add("signal", a.reference())
                .add("reason", "nog eens")
                .build(),
            analyst));
    Api.Reply fromB = api.get("api/v1/signals/" + b.reference() + "/links", analyst);
    assertEquals(200, fromB.status(), fromB::toString);
    JsonObject listed = fromB.json().getJsonArray("inYourRegions").getJsonObject(0);
    assertEquals(a.reference(), listed.getString("reference"));
    assertEquals("Dezelfde man met de rode pet.", listed.getString("reason"));
    assertEquals("analist.limburg", listed.getString("linkedBy"));
    assertEquals(2, audited(TestDatabase.get(), "SIGNALS_LINKED", null));

    assertEquals(
        204,
        api.delete("api/v1/signals/" + b.reference() + "/links/" + a.reference(), analyst)
            .status());
    assertEquals(
        0,
        api.get("api/v1/signals/" + a.reference() + "/links", analyst)
            .json()
            .getJsonArray("inYourRegions")
            .size());
    assertProblem(
        404,
        "unknown-link",
        api.delete("api/v1/signals/" + a.reference() + "/links/" + b.reference(), analyst));
    assertProblem(
        422,
        "link-to-itself",
        api.post(
            "api/v1/signals/" + a.reference() + "/links",
            Json.createObjectBuilder().add("signal", a.reference()).add("reason", "x").build(),
            analyst));
  }

  @Test
  void aCoordinatorAsksAnotherRegionWhichGrantsATimeLimitedReadAuditedOnBothSides()
      throws SQLException {
    Submitted limburg =
        submit(inLimburg("Hij belde vanaf 06-55443322 en bood huur voor een jaar vooruit."));
    Submitted zeeland =
        submit(
            Json.createObjectBuilder(Signals.general().build())
                .add(
                    "location",
                    Json.createObjectBuilder()
                        .add("postcode", "4331")
                        .add("municipality", "Middelburg"))
                .add("description", "Een koper belde met +31 6 5544 3322 over de jachthaven.")
                .add(
                    "contact",
                    Json.createObjectBuilder()
                        .add("email", "havenmeester@example.nl")
                        .add("shareWithPartners", false))
                .build());
    String asker = keycloak.userToken("coordinator.limburg");
    String askedRegion = keycloak.userToken("coordinator.zeeland");
    String analyst = keycloak.userToken("analist.limburg");
    JsonObject ask =
        Json.createObjectBuilder()
            .add("region", "zeeland-west-brabant")
            .add("entityType", "PHONE_NUMBER")
            .add("reason", "Hetzelfde nummer bood contant geld voor een schuur.")
            .build();
    String askPath = "api/v1/signals/" + limburg.reference() + "/access-requests";

    assertTrue(
        api.get("api/v1/signals/" + limburg.reference() + "/related", asker)
            .body()
            .contains("zeeland-west-brabant"));
    assertEquals(403, api.post(askPath, ask, analyst).status(), "an analyst does not ask");
    Api.Reply asked = api.post(askPath, ask, asker);
    assertEquals(201, asked.status(), asked::toString);
    String id = asked.json().getString("id");
    assertEquals("ASKED", asked.json().getString("state"));
    assertEquals(0, asked.json().getJsonArray("signals").size(), "nothing of theirs yet");
    String readPath = "api/v1/access-requests/" + id + "/signals/" + zeeland.reference();
    assertEquals(404, api.get(readPath, asker).status(), "not before the grant");

    // The asked region sees the request with its own signal, and not the asking signal.
    JsonObject incoming = request(api.get("api/v1/access-requests", askedRegion), id);
    assertTrue(incoming.getBoolean("askedOfYou"));
    assertEquals(List.of(zeeland.reference()), strings(incoming, "signals"));
    assertTrue(absent(incoming, "askingSignal"), incoming::toString);
    assertEquals(
        "Hetzelfde nummer bood contant geld voor een schuur.", incoming.getString("reason"));
    // The asker cannot decide for the other region.
    assertEquals(404, decide(id, true, asker).status());

    Api.Reply granted = decide(id, true, askedRegion);
    assertEquals(200, granted.status(), granted::toString);
    assertEquals("GRANTED", granted.json().getString("state"));
    Instant expires = Instant.parse(granted.json().getString("expiresAt"));
    assertTrue(expires.isAfter(Instant.now().plus(Duration.ofDays(6))), "seven days by default");
    assertProblem(409, "access-request-decided", decide(id, false, askedRegion));

    Api.Reply read = api.get(readPath, asker);
    assertEquals(200, read.status(), read::toString);
    assertEquals(
        "Een koper belde met +31 6 5544 3322 over de jachthaven.",
        read.json().getString("description"));
    assertTrue(absent(read.json(), "contact"), "not who reported it");
    assertEquals(0, read.json().getJsonArray("allowedActions").size(), "to read, not to act");
    assertEquals(
        List.of(zeeland.reference()),
        strings(request(api.get("api/v1/access-requests", asker), id), "signals"));
    // Only the asker: another coordinator of Limburg, with a real signature, is refused.
    TestTokens tokens = new TestTokens(keycloak);
    String colleague =
        tokens.sign(
            tokens
                .claims(
                    "coordinator-two",
                    List.of("coordinator", "signal:read", "signal:share", "/regions/limburg"))
                .build());
    assertEquals(404, api.get(readPath, colleague).status());
    // The regular view of the signal stays closed to Limburg, grant or not.
    assertEquals(404, api.get("api/v1/signals/" + zeeland.reference(), asker).status());

    TestDatabase db = TestDatabase.get();
    assertEquals(1, audited(db, "ACCESS_REQUESTED", limburg.reference()));
    assertEquals(1, audited(db, "ACCESS_GRANTED", zeeland.reference()));
    assertEquals(1, audited(db, "SIGNAL_VIEWED_UNDER_GRANT", zeeland.reference()));
    assertEquals(
        1,
        db.number(
            "select count(*) from audit_record where action = 'SIGNAL_VIEWED_UNDER_GRANT'"
                + " and region = 'ZEELAND_WEST_BRABANT' and signal_reference = '"
                + zeeland.reference()
                + "'"),
        "in the auditors' trail of the region that holds it");

    // Expired: nothing readable any more.
    try (Connection owner = db.connectAsOwner();
        Statement st = owner.createStatement()) {
      st.executeUpdate(
          "update access_request set expires_at = now() - interval '1 second' where id = '"
              + id
              + "'");
    }
    assertEquals(404, api.get(readPath, asker).status());
    assertEquals(
        0, strings(request(api.get("api/v1/access-requests", asker), id), "signals").size());
  }

  @Test
  void aRefusedRequestLeavesNothingReadableAndARequestNeedsSomethingToAsk() throws SQLException {
    Submitted limburg = submit(inLimburg("Betaling van NL91 ABNA 0417 1643 00 en 06-44332211."));
    Submitted zeeland =
        submit(
            Json.createObjectBuilder(Signals.general().build())
                .add(
                    "location",
                    Json.createObjectBuilder()
                        .add("postcode", "4331")
                        .add("municipality", "Middelburg"))
                .add("description", "Bellen met 0644332211 voor een ligplaats.")
                .build());
    String asker = keycloak.userToken("coordinator.limburg");
    String askedRegion = keycloak.userToken("coordinator.zeeland");
    String askPath = "api/v1/signals/" + limburg.reference() + "/access-requests";

    assertProblem(
        422, "nothing-to-ask", api.post(askPath, askFor("zeeland-west-brabant", "IBAN"), asker));
    assertProblem(
        422, "access-to-own-region", api.post(askPath, askFor("limburg", "PHONE_NUMBER"), asker));
    assertProblem(
        422, "invalid-request", api.post(askPath, askFor("atlantis", "PHONE_NUMBER"), asker));

    Api.Reply asked = api.post(askPath, askFor("zeeland-west-brabant", "PHONE_NUMBER"), asker);
    assertEquals(201, asked.status(), asked::toString);
    String id = asked.json().getString("id");
    Api.Reply refused = decide(id, false, askedRegion);
    assertEquals(200, refused.status(), refused::toString);
    assertEquals("REFUSED", refused.json().getString("state"));

    assertEquals(
        404,
        api.get("api/v1/access-requests/" + id + "/signals/" + zeeland.reference(), asker)
            .status());
    JsonObject seen = request(api.get("api/v1/access-requests", asker), id);
    assertEquals(0, seen.getJsonArray("signals").size());
    assertFalse(seen.getBoolean("readable"));
    assertEquals(1, audited(TestDatabase.get(), "ACCESS_REFUSED", zeeland.reference()));
    assertEquals(0, audited(TestDatabase.get(), "SIGNAL_VIEWED_UNDER_GRANT", zeeland.reference()));
  }

  private JsonObject askFor(String region, String type) {
    return Json.createObjectBuilder()
        .add("region", region)
        .add("entityType", type)
        .add("reason", "Mogelijk dezelfde persoon.")
        .build();
  }

  private Api.Reply decide(String id, boolean grant, String token) {
    return api.post(
        "api/v1/access-requests/" + id + "/decision",
        Json.createObjectBuilder().add("grant", grant).add("note", "Lopend onderzoek.").build(),
        token);
  }

  private static JsonObject request(Api.Reply list, String id) {
    assertEquals(200, list.status(), list::toString);
    return list.jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("id").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no request " + id + " in " + list.body()));
  }

  private Api.Reply merge(Submitted duplicate, Submitted into, String token) {
    return merge(duplicate, into, token, "Dezelfde schuur.");
  }

  private Api.Reply merge(Submitted duplicate, Submitted into, String token, String reason) {
    return api.post(
        "api/v1/signals/" + duplicate.reference() + "/merge",
        Json.createObjectBuilder().add("into", into.reference()).add("reason", reason).build(),
        token);
  }

  private static void assertProblem(int status, String type, Api.Reply reply) {
    assertEquals(status, reply.status(), reply::toString);
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
    assertTrue(
        reply.json().getString("type").equals("urn:waakzaam:problem:" + type), reply::toString);
  }

  private static long audited(TestDatabase db, String action, String reference)
      throws SQLException {
    return db.number(
        "select count(*) from audit_record where action = '"
            + action
            + "'"
            + (reference == null ? "" : " and signal_reference = '" + reference + "'"));
  }

  private JsonObject staffView(String reference, String token) {
    Api.Reply reply = api.get("api/v1/signals/" + reference, token);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private String followUp(String receiptCode) {
    Api.Reply reply =
        api.post(
            "api/v1/followup", Json.createObjectBuilder().add("receiptCode", receiptCode).build());
    assertEquals(200, reply.status(), reply::toString);
    return reply.json().getString("token");
  }

  private JsonObject reporterView(String token) {
    Api.Reply reply =
        api.send(
            api.json("api/v1/followup/signal").header("Authorization", "FollowUp " + token).GET());
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private Api.Reply reporterMessages(String token) {
    Api.Reply reply =
        api.send(
            api.json("api/v1/followup/messages")
                .header("Authorization", "FollowUp " + token)
                .GET());
    assertEquals(200, reply.status(), reply::toString);
    return reply;
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json);
  }

  private static List<String> strings(JsonObject o, String name) {
    return o.getJsonArray(name).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  /** Null members are left out of the answers; either way, the member says nothing. */
  private static boolean absent(JsonObject o, String name) {
    return !o.containsKey(name) || o.isNull(name);
  }

  private static <T> T last(List<T> list) {
    assertNotNull(list);
    return list.get(list.size() - 1);
  }

  private static JsonObject inLimburg(String description) {
    return Json.createObjectBuilder(Signals.general().build())
        .add(
            "location",
            Json.createObjectBuilder().add("postcode", "6211").add("municipality", "Maastricht"))
        .add("description", description)
        .build();
  }

  private Submitted submit(JsonObject signal) {
    Api.Reply reply = api.post("api/v1/signals", signal);
    assertEquals(201, reply.status(), reply::toString);
    return new Submitted(
        reply.json().getString("reference"), reply.json().getString("receiptCode"));
  }
}
