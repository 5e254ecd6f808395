package nl.waakzaam.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestDatabase;
import nl.waakzaam.testing.TestKeycloak;
import nl.waakzaam.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff take a signal into triage, ask its reporter a question and tell the reporter something,
 * through the API: each step changes the status as the status table allows (else 409 and nothing
 * changes), leaves a history event where the status moves, and one audit record.
 */
class TriageActionsIT extends ApiIntegrationTest {

  private TestTokens tokens;
  private String reference;
  private String followUp;

  @BeforeEach
  void aSignalOfLimburgWithItsReporterFollowingUp() {
    tokens = new TestTokens(TestKeycloak.get());
    JsonObject signal =
        Json.createObjectBuilder(Signals.general().build())
            .add("location", Json.createObjectBuilder().add("postcode", "6211"))
            .build();
    Api.Reply receipt = api.post("api/v1/signals", signal);
    assertEquals(201, receipt.status(), receipt::toString);
    reference = receipt.json().getString("reference");
    Api.Reply session =
        api.post(
            "api/v1/followup",
            Json.createObjectBuilder()
                .add("receiptCode", receipt.json().getString("receiptCode"))
                .build());
    followUp = "FollowUp " + session.json().getString("token");
  }

  @Test
  void takingIntoTriageMovesAReceivedSignalOnceAndIsAudited() {
    Api.Reply taken = post("triage", null, analyst("/regions/limburg"));
    Api.Reply again = post("triage", null, analyst("/regions/limburg"));

    assertEquals(200, taken.status(), taken::toString);
    assertEquals("IN_TRIAGE", taken.json().getString("status"));
    assertEquals(409, again.status(), again::toString);
    assertEquals("urn:waakzaam:problem:illegal-transition", again.json().getString("type"));
    JsonArray history = staffView().getJsonArray("history");
    assertEquals(3, history.size(), history::toString);
    assertEquals("IN_TRIAGE", history.getJsonObject(1).getString("to"));
    assertEquals("STAFF", history.getJsonObject(1).getString("actorType"));
    assertEquals("ASSIGNED", history.getJsonObject(2).getString("event"), "the taker handles it");
    assertEquals("analyst-limburg", history.getJsonObject(2).getString("reason"));
    assertEquals(1, audited("SIGNAL_TAKEN_INTO_TRIAGE"));
  }

  @Test
  void aQuestionReachesTheReporterWhoseReplyBringsTheSignalBack() {
    Api.Reply asked = post("questions", "Hoe laat kwam de man langs?", analyst("/regions/limburg"));
    Api.Reply twice = post("questions", "En welke dag?", analyst("/regions/limburg"));

    assertEquals(201, asked.status(), asked::toString);
    assertEquals("AWAITING_REPORTER", asked.json().getString("status"));
    assertEquals(409, twice.status(), "one open question at a time: " + twice);
    JsonObject reporter = reporter("api/v1/followup/signal").json();
    assertEquals("QUESTION_FOR_YOU", reporter.getString("status"));
    JsonArray messages = reporter("api/v1/followup/messages").jsonArray();
    assertEquals(1, messages.size(), "the refused second question left nothing: " + messages);
    assertEquals("QUESTION", messages.getJsonObject(0).getString("kind"));
    assertEquals("Hoe laat kwam de man langs?", messages.getJsonObject(0).getString("text"));

    Api.Reply reply =
        api.send(
            api.json("api/v1/followup/messages")
                .header("Authorization", followUp)
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"text\":\"Rond half acht.\"}")));
    assertEquals(201, reply.status(), reply::toString);
    assertEquals("IN_TRIAGE", staffView().getString("status"));
    assertEquals(1, audited("QUESTION_ASKED"));
  }

  @Test
  void informationReachesTheReporterAndLeavesTheStatus() {
    Api.Reply sent = post("messages", "Dank u, we kijken ernaar.", analyst("/regions/limburg"));

    assertEquals(201, sent.status(), sent::toString);
    assertEquals("RECEIVED", sent.json().getString("status"));
    JsonArray messages = reporter("api/v1/followup/messages").jsonArray();
    assertEquals("INFORMATION", messages.getJsonObject(0).getString("kind"));
    assertEquals(1, audited("MESSAGE_SENT"));
  }

  @Test
  void aRejectedSignalIsNotTakenUpForItsReporterAndTheReasonStaysWithStaff() {
    Api.Reply noReason = postJson("rejection", "{\"reason\":\"  \"}");
    Api.Reply rejected = postJson("rejection", "{\"reason\":\"Reclame, geen signaal.\"}");
    Api.Reply again = postJson("rejection", "{\"reason\":\"Nog eens.\"}");

    assertEquals(422, noReason.status(), noReason::toString);
    assertEquals(200, rejected.status(), rejected::toString);
    assertEquals("REJECTED", rejected.json().getString("status"));
    assertEquals(409, again.status(), again::toString);
    JsonObject last = staffView().getJsonArray("history").getJsonObject(1);
    assertEquals("Reclame, geen signaal.", last.getString("reason"));
    JsonObject reporter = reporter("api/v1/followup/signal").json();
    assertEquals("NOT_TAKEN_UP", reporter.getString("status"));
    assertEquals(false, reporter.toString().contains("Reclame"), "the reason is for staff only");
    assertEquals(1, audited("SIGNAL_REJECTED"));
  }

  @Test
  void anEmptyOrOverlongTextIsRefusedAndNothingChanges() {
    Api.Reply empty = post("questions", "   ", analyst("/regions/limburg"));
    Api.Reply tooLong = post("messages", "x".repeat(5_001), analyst("/regions/limburg"));
    Api.Reply control = post("messages", "stuur\u0007teken", analyst("/regions/limburg"));

    assertEquals(422, empty.status(), empty::toString);
    assertEquals(422, tooLong.status(), tooLong::toString);
    assertEquals(422, control.status(), control::toString);
    assertEquals("RECEIVED", staffView().getString("status"));
    assertEquals(0, reporter("api/v1/followup/messages").jsonArray().size());
  }

  @Test
  void onlyStaffOfTheRegionWithTheTriagePermissionAct() {
    String otherRegion = analyst("/regions/oost-brabant");
    String auditor =
        tokens.sign(
            tokens.claims("auditor", List.of("auditor", "audit:read", "/regions/limburg")).build());

    assertEquals(404, post("triage", null, otherRegion).status());
    assertEquals(404, post("questions", "Vraag?", otherRegion).status());
    assertEquals(403, post("triage", null, auditor).status());
    assertEquals(403, post("messages", "Bericht", auditor).status());
    assertEquals(401, post("triage", null, null).status());
    assertEquals("RECEIVED", staffView().getString("status"));
    assertEquals(0, audited("SIGNAL_TAKEN_INTO_TRIAGE"));
  }

  private Api.Reply post(String action, String text, String token) {
    var request =
        api.json("api/v1/signals/" + reference + "/" + action)
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    text == null
                        ? ""
                        : Json.createObjectBuilder().add("text", text).build().toString()));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return api.send(request);
  }

  private Api.Reply postJson(String action, String body) {
    return api.send(
        api.json("api/v1/signals/" + reference + "/" + action)
            .header("Authorization", "Bearer " + analyst("/regions/limburg"))
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
  }

  private JsonObject staffView() {
    Api.Reply view = api.get("api/v1/signals/" + reference, analyst("/regions/limburg"));
    assertEquals(200, view.status(), view::toString);
    return view.json();
  }

  private Api.Reply reporter(String path) {
    Api.Reply reply = api.send(api.json(path).header("Authorization", followUp));
    assertEquals(200, reply.status(), reply::toString);
    return reply;
  }

  private String analyst(String region) {
    return tokens.sign(
        tokens
            .claims(
                "analyst-" + region.substring(9),
                List.of("analyst", "signal:read", "signal:triage", region))
            .build());
  }

  private long audited(String action) {
    return TestDatabase.get().auditRecords(action, reference);
  }
}
