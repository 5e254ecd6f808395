package nl.waakzaam.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestDatabase;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A reporter follows a signal up with nothing but the receipt code. The server under test ends a
 * session after 3 idle seconds and allows 5 wrong codes per client in a window of 2 seconds (see
 * SharedPayaraMicroContainer); the test that uses them up runs last.
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
    moveInDatabase(receipt.getString("reference"), "IN_TRIAGE", "AWAITING_REPORTER");

    JsonObject signal = view(open(receipt.getString("receiptCode")), "nl").json();

    assertEquals("QUESTION_FOR_YOU", signal.getString("status"));
    assertEquals(3, signal.getJsonArray("timeline").size(), signal::toString);
    assertEquals(
        "In behandeling", signal.getJsonArray("timeline").getJsonObject(1).getString("label"));
  }

  @Test
  @Order(5)
  void leavingEndsTheSession() {
    String token = open(submit().getString("receiptCode"));

    Api.Reply leave =
        api.send(api.json("api/v1/followup").header("Authorization", "FollowUp " + token).DELETE());

    assertEquals(204, leave.status(), leave::toString);
    assertEquals(401, view(token, "nl").status());
  }

  @Test
  @Order(6)
  void aSessionInUseStaysOpenAndAnIdleOneEnds() throws InterruptedException {
    String token = open(submit().getString("receiptCode"));

    for (int i = 0; i < 3; i++) {
      Thread.sleep(1_500);
      assertEquals(200, view(token, "nl").status(), "each use extends the session");
    }
    Thread.sleep(3_200);

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
  void aWrongCodeAndAMalformedCodeAnswerAlike() throws InterruptedException {
    Api.Reply wellFormed = openWith("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ");
    Api.Reply malformed = openWith("not a code");

    assertEquals(401, wellFormed.status(), wellFormed::toString);
    assertEquals(401, malformed.status(), malformed::toString);
    assertEquals(wellFormed.json(), malformed.json());
    assertEquals("urn:waakzaam:problem:receipt-code-rejected", wellFormed.json().getString("type"));
    Thread.sleep(2_100); // let the window of wrong codes pass for the next test
  }

  @Test
  @Order(9)
  void repeatedWrongCodesAreRefusedForAWhileThenAllowedAgain() throws InterruptedException {
    String rightCode = submit().getString("receiptCode");
    int attempts = 0;
    Api.Reply reply;
    do {
      reply = openWith("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZ" + attempts);
      attempts++;
    } while (reply.status() == 401 && attempts < 10);

    assertEquals(429, reply.status(), reply::toString);
    assertEquals(6, attempts, "five wrong codes are allowed, the sixth attempt is refused");
    assertEquals("urn:waakzaam:problem:too-many-attempts", reply.json().getString("type"));
    long wait = Long.parseLong(reply.header("Retry-After"));
    assertTrue(wait >= 1 && wait <= 2, "Retry-After " + wait);
    assertEquals(
        429, openWith(rightCode).status(), "while refused, even the right code is not tried");

    Thread.sleep(wait * 1000 + 200);
    assertEquals(200, openWith(rightCode).status(), "after the window the reporter gets in again");
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

  private Api.Reply view(String token, String language) {
    return api.send(
        api.json("api/v1/followup/signal")
            .header("Authorization", "FollowUp " + token)
            .header("Accept-Language", language)
            .GET());
  }

  /**
   * Puts the signal through staff steps the way the triage service will: a status change with its
   * history event. (The staff API does not exist yet; this is the test's stand-in for it.)
   */
  private static void moveInDatabase(String reference, String... statuses) throws SQLException {
    try (Connection c = TestDatabase.get().connect()) {
      String from = "RECEIVED";
      for (String to : statuses) {
        try (PreparedStatement history =
                c.prepareStatement(
                    "insert into signal_status_change (id, signal_id, sequence_number, from_status, to_status,"
                        + " occurred_at, actor_type, actor_id, reason) select gen_random_uuid(), s.id,"
                        + " (select count(*) from signal_status_change h where h.signal_id = s.id), ?, ?, now(),"
                        + " 'STAFF', 'analyst-test', 'internal note' from signal s where s.reference = ?");
            PreparedStatement status =
                c.prepareStatement(
                    "update signal set status = ?, version = version + 1 where reference = ?")) {
          history.setString(1, from);
          history.setString(2, to);
          history.setString(3, reference);
          history.executeUpdate();
          status.setString(1, to);
          status.setString(2, reference);
          status.executeUpdate();
        }
        from = to;
      }
    }
  }
}
