package nl.waakzaam.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.time.Instant;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.StaffStandIn;
import nl.waakzaam.testing.TestDatabase;
import nl.waakzaam.testing.TestKeycloak;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A reporter follows a signal up with nothing but the receipt code. The server under test ends a
 * session after 20 idle seconds and allows 5 wrong codes per client in a window of 5 seconds (see
 * SharedPayaraMicroContainer); the test that uses them up speaks for a client of its own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FollowUpIT extends ApiIntegrationTest {

  @Test
  @Order(1)
  void theReceiptCodeOpensAViewOfStatusAndTimeline() {
    JsonObject receipt = submit();

    String token = open(receipt.getString("receiptCode"));
    Api.Reply view = view(token, "nl");

    assertEquals(200, view.status(), view::toString);
    JsonObject signal = view.json();
    assertEquals(receipt.getString("reference"), signal.getString("reference"));
    assertEquals("BARN_OFFER", signal.getString("kind"));
    assertEquals("RECEIVED", signal.getString("status"));
    assertEquals("Ontvangen", signal.getString("statusLabel"));
    assertEquals(1, signal.getJsonArray("timeline").size());
    assertEquals("RECEIVED", signal.getJsonArray("timeline").getJsonObject(0).getString("status"));
    assertEquals("no-store", view.header("Cache-Control"));
  }

  @Test
  @Order(2)
  void theViewSpeaksEnglishOnRequestAndNeverShowsWhatStaffKeepInternal() {
    String token = open(submit().getString("receiptCode"));

    Api.Reply view = view(token, "en");

    assertEquals("Received", view.json().getString("statusLabel"));
    for (String internal : new String[] {"region", "actor", "reason", "contact", "description"}) {
      assertTrue(
          !view.body().contains(internal), "the reporter view shows no " + internal + ": " + view);
    }
  }

  @Test
  @Order(3)
  void theCodeMayBeTypedWithoutHyphensInLowerCaseAndWithCrockfordLookalikes() {
    String code = submit().getString("receiptCode");
    String typed = code.replace("-", " ").toLowerCase().replace('0', 'o').replace('1', 'l');

    Api.Reply reply =
        api.post("api/v1/followup", Json.createObjectBuilder().add("receiptCode", typed).build());

    assertEquals(200, reply.status(), reply::toString);
  }

  @Test
  @Order(4)
  void theTimelineShowsWhatStaffDidInPlainWords() throws SQLException {
    JsonObject receipt = submit();
    StaffStandIn.move(receipt.getString("reference"), "IN_TRIAGE", "AWAITING_REPORTER");

    JsonObject signal = view(open(receipt.getString("receiptCode")), "nl").json();

    assertEquals("QUESTION_FOR_YOU", signal.getString("status"));
    assertEquals(3, signal.getJsonArray("timeline").size(), signal::toString);
    assertEquals(
        "In behandeling", signal.getJsonArray("timeline").getJsonObject(1).getString("label"));
  }

  @Test
  @Order(5)
  void leavingEndsEverySessionOfTheSignal() {
    String code = submit().getString("receiptCode");
    String token = open(code);
    String onThePhone = open(code);

    Api.Reply leave =
        api.send(api.json("api/v1/followup").header("Authorization", "FollowUp " + token).DELETE());

    assertEquals(204, leave.status(), leave::toString);
    assertEquals(401, view(token, "nl").status());
    assertEquals(401, view(onThePhone, "nl").status(), "the other device's session ended too");
    assertEquals(200, view(open(code), "nl").status(), "the code still opens a new one");
  }

  @Test
  @Order(5)
  void aSignalHasAtMostFiveSessionsAndANewOneEndsTheOldest() {
    String code = submit().getString("receiptCode");
    java.util.List<String> tokens = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      tokens.add(open(code));
    }

    assertEquals(401, view(tokens.get(0), "nl").status(), "the oldest ended");
    for (String token : tokens.subList(1, 6)) {
      assertEquals(200, view(token, "nl").status());
    }
  }

  @Test
  @Order(5)
  void aSessionEndsAfterItsLifetimeHoweverMuchItIsUsed() throws SQLException {
    String token = open(submit().getString("receiptCode"));
    assertEquals(200, view(token, "nl").status());

    try (java.sql.Connection c = TestDatabase.get().connect();
        java.sql.PreparedStatement older =
            c.prepareStatement(
                "update followup_session set created_at = now() - interval '2 hours 1 minute'"
                    + " where token_hash = ?")) {
      older.setString(1, sha256(token));
      assertEquals(1, older.executeUpdate());
    }

    Api.Reply lapsed = view(token, "nl");
    assertEquals(401, lapsed.status(), lapsed::toString);
    assertEquals(
        "urn:waakzaam:problem:follow-up-session-rejected", lapsed.json().getString("type"));
  }

  private static String sha256(String token) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @Order(6)
  void aSessionInUseStaysOpenAndAnIdleOneEnds() throws InterruptedException {
    String token = open(submit().getString("receiptCode"));

    for (int i = 0; i < 3; i++) {
      Thread.sleep(8_000);
      assertEquals(200, view(token, "nl").status(), "each use extends the session");
    }
    Thread.sleep(20_200);

    Api.Reply lapsed = view(token, "nl");
    assertEquals(401, lapsed.status(), lapsed::toString);
    assertEquals(
        "urn:waakzaam:problem:follow-up-session-rejected", lapsed.json().getString("type"));
  }

  @Test
  @Order(7)
  void aWrongTokenAndNoTokenAnswerAlike() {
    Api.Reply wrong = view("not-a-token", "nl");
    Api.Reply none = api.get("api/v1/followup/signal");

    assertEquals(401, wrong.status());
    assertEquals(401, none.status());
    assertEquals(wrong.json(), none.json());
    assertEquals("urn:waakzaam:problem:follow-up-session-rejected", wrong.json().getString("type"));
  }

  @Test
  @Order(8)
  void aWrongCodeAndAMalformedCodeAnswerAlike() {
    Api.Reply wellFormed = openWith("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ");
    Api.Reply malformed = openWith("not a code");

    assertEquals(401, wellFormed.status(), wellFormed::toString);
    assertEquals(401, malformed.status(), malformed::toString);
    assertEquals(wellFormed.json(), malformed.json());
    assertEquals("urn:waakzaam:problem:receipt-code-rejected", wellFormed.json().getString("type"));
  }

  @Test
  @Order(10)
  void theReporterReadsTheQuestionAndTheReplyReturnsTheSignalToThePlatformWhereStaffReadIt()
      throws SQLException {
    JsonObject receipt = submit();
    String reference = receipt.getString("reference");
    String token = open(receipt.getString("receiptCode"));
    StaffStandIn.ask(reference, "Welke kleur had de auto?");

    Api.Reply conversation = messages(token);
    assertEquals(200, conversation.status(), conversation::toString);
    JsonObject question = first(conversation);
    assertEquals("PLATFORM", question.getString("from"));
    assertEquals("QUESTION", question.getString("kind"));
    assertEquals("Welke kleur had de auto?", question.getString("text"));
    assertFalse(conversation.body().contains("analyst-test"), "staff stay unnamed");
    assertEquals("QUESTION_FOR_YOU", view(token, "nl").json().getString("status"));

    Api.Reply reply = write(token, Json.createObjectBuilder().add("text", "Zwart.").build());

    assertEquals(201, reply.status(), reply::toString);
    assertEquals("REPLY", reply.json().getString("kind"));
    assertEquals("REPORTER", reply.json().getString("from"));
    assertEquals("IN_PROGRESS", view(token, "nl").json().getString("status"));
    assertEquals(
        2,
        Json.createReader(new StringReader(messages(token).body())).readArray().size(),
        "the question and the reply");

    String staff = TestKeycloak.get().userToken("analist.oost-brabant");
    JsonArray staffView =
        api.get("api/v1/signals/" + reference, staff).json().getJsonArray("messages");
    assertEquals(2, staffView.size(), "staff read the reply with their question");
    assertEquals("analyst-test", staffView.getJsonObject(0).getString("staffMember"));
    assertEquals("REPLY", staffView.getJsonObject(1).getString("kind"));
    assertEquals("Zwart.", staffView.getJsonObject(1).getString("text"));
  }

  @Test
  @Order(11)
  void withoutAQuestionTheReporterAddsInformationAndTheStatusStays() {
    String token = open(submit().getString("receiptCode"));

    Api.Reply added =
        write(
            token,
            Json.createObjectBuilder().add("text", "Hij kwam terug.\nMet een busje.").build());

    assertEquals(201, added.status(), added::toString);
    assertEquals("ADDITION", added.json().getString("kind"));
    assertEquals("RECEIVED", view(token, "nl").json().getString("status"));
    assertEquals("Hij kwam terug.\nMet een busje.", first(messages(token)).getString("text"));
  }

  @Test
  @Order(12)
  void anEmptyOverlongOrDisguisedMessageIsRefusedAndNothingIsStored() {
    String token = open(submit().getString("receiptCode"));
    long before = TestDatabase.get().count("signal_message");

    for (String text : new String[] {"", "   ", "x".repeat(5_001), "abc\u202Edcba"}) {
      Api.Reply refused = write(token, Json.createObjectBuilder().add("text", text).build());
      assertEquals(422, refused.status(), refused::toString);
      assertTrue(refused.violations().containsKey("/text"), refused::toString);
    }
    Api.Reply noSession =
        api.send(
            api.json("api/v1/followup/messages")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hallo\"}")));
    assertEquals(401, noSession.status(), noSession::toString);
    assertEquals(before, TestDatabase.get().count("signal_message"));
  }

  @Test
  @Order(20)
  void repeatedWrongCodesAreRefusedForAWhileThenAllowedAgain() throws InterruptedException {
    String rightCode = submit().getString("receiptCode");
    String client = "192.0.2.20";
    int attempts = 0;
    Api.Reply reply;
    do {
      reply = openFrom(client, "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZ" + attempts);
      attempts++;
    } while (reply.status() == 401 && attempts < 10);

    assertEquals(429, reply.status(), reply::toString);
    assertEquals(6, attempts, "five wrong codes are allowed, the sixth attempt is refused");
    assertEquals("urn:waakzaam:problem:too-many-attempts", reply.json().getString("type"));
    long wait = Long.parseLong(reply.header("Retry-After"));
    assertTrue(wait >= 1 && wait <= 5, "Retry-After " + wait);
    assertEquals(
        429,
        openFrom(client, rightCode).status(),
        "while refused, even the right code is not tried");
    assertEquals(200, openWith(rightCode).status(), "another client is not held back");

    Thread.sleep(wait * 1000 + 200);
    assertEquals(
        200, openFrom(client, rightCode).status(), "after the window the reporter gets in again");
  }

  private Api.Reply openFrom(String client, String code) {
    return api.send(
        api.json("api/v1/followup")
            .header("X-Forwarded-For", client)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    Json.createObjectBuilder().add("receiptCode", code).build().toString())));
  }

  private JsonObject submit() {
    Api.Reply reply = api.post("api/v1/signals", Signals.barnOffer().build());
    assertEquals(201, reply.status(), reply::toString);
    return reply.json();
  }

  private Api.Reply openWith(String code) {
    return api.post("api/v1/followup", Json.createObjectBuilder().add("receiptCode", code).build());
  }

  private String open(String code) {
    Api.Reply reply = openWith(code);
    assertEquals(200, reply.status(), reply::toString);
    assertEquals("FollowUp", reply.json().getString("scheme"));
    assertTrue(Instant.parse(reply.json().getString("expiresAt")).isAfter(Instant.now()));
    String token = reply.json().getString("token");
    assertNotNull(token);
    return token;
  }

  private Api.Reply messages(String token) {
    return api.send(
        api.json("api/v1/followup/messages").header("Authorization", "FollowUp " + token).GET());
  }

  private Api.Reply write(String token, JsonObject body) {
    return api.send(
        api.json("api/v1/followup/messages")
            .header("Authorization", "FollowUp " + token)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  private static JsonObject first(Api.Reply conversation) {
    return Json.createReader(new StringReader(conversation.body())).readArray().getJsonObject(0);
  }

  private Api.Reply view(String token, String language) {
    return api.send(
        api.json("api/v1/followup/signal")
            .header("Authorization", "FollowUp " + token)
            .header("Accept-Language", language)
            .GET());
  }
}
