package nl.waakzaam.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.TestDatabase;
import nl.waakzaam.testing.TestKeycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Batches of an association with the real Keycloak's client-credential tokens: one result per item,
 * the valid ones stored together, and the Idempotency-Key as the IETF draft describes it (replay,
 * 422 on another body, 409 while the first runs, 400 without a key).
 */
class AssociationBatchesIT extends ApiIntegrationTest {

  private TestKeycloak keycloak;
  private String lto;

  @BeforeEach
  void token() {
    keycloak = TestKeycloak.get();
    lto = keycloak.associationToken("lto-noord");
  }

  @Test
  void aBatchOf50With3InvalidItemsStoresThe47AndSaysWhatIsWrongWithEachOfTheOthers()
      throws Exception {
    long before = TestDatabase.get().count("signal");
    JsonObject batch = batch(50, Set.of(7, 23, 41), "lto-a");

    Api.Reply reply = submit(lto, UUID.randomUUID().toString(), batch.toString());

    assertEquals(201, reply.status(), reply::toString);
    assertEquals(before + 47, TestDatabase.get().count("signal"));
    // Each stored with its service clock started, in the same transaction.
    assertEquals(
        0,
        TestDatabase.get()
            .number(
                "select count(*) from signal s join association_signal a on a.signal_id = s.id"
                    + " where a.batch_id = '"
                    + reply.json().getString("id")
                    + "' and (s.feedback_due_at is null or s.decision_due_at is null)"));
    assertEquals(
        47,
        TestDatabase.get()
            .number(
                "select count(*) from association_signal where batch_id = '"
                    + reply.json().getString("id")
                    + "'"));
    // And with what each names indexed, in the same transaction (the plate of Signals.barnOffer).
    assertEquals(
        47,
        TestDatabase.get()
            .number(
                "select count(distinct e.signal_id) from signal_entity e join association_signal a"
                    + " on a.signal_id = e.signal_id where a.batch_id = '"
                    + reply.json().getString("id")
                    + "' and e.entity_type = 'LICENCE_PLATE'"));
    JsonObject answer = reply.json();
    assertEquals(47, answer.getInt("received"));
    assertEquals(3, answer.getInt("refused"));
    List<JsonObject> items = answer.getJsonArray("items").getValuesAs(JsonObject.class);
    assertEquals(50, items.size());
    for (int i = 0; i < 50; i++) {
      JsonObject item = items.get(i);
      assertEquals(i, item.getInt("index"));
      assertEquals("lto-a-" + i, item.getString("memberReference"));
      if (Set.of(7, 23, 41).contains(i)) {
        assertEquals("REFUSED", item.getString("outcome"));
        JsonObject problem = item.getJsonObject("problem");
        assertEquals("urn:waakzaam:problem:invalid-request", problem.getString("type"));
        assertFalse(problem.getJsonArray("violations").isEmpty(), item::toString);
        assertFalse(item.containsKey("receiptCode"));
      } else {
        assertEquals("RECEIVED", item.getString("outcome"));
        assertTrue(item.getString("reference").matches("VO-\\d{4}-\\d{6}"), item::toString);
        assertEquals("RECEIVED", item.getString("status"));
      }
    }
    // Item 7 has no kind; the message is the one a single signal without a kind gets.
    Api.Reply single =
        api.post("api/v1/signals", Json.createObjectBuilder(signal(7)).remove("kind").build());
    assertEquals(
        single.json().getJsonArray("violations").getJsonObject(0).getString("message"),
        items
            .get(7)
            .getJsonObject("problem")
            .getJsonArray("violations")
            .getJsonObject(0)
            .getString("message"));
    assertEquals(
        "/signal/kind",
        items
            .get(7)
            .getJsonObject("problem")
            .getJsonArray("violations")
            .getJsonObject(0)
            .getString("field"));

    // The member's receipt code opens the follow-up, as any reporter's does.
    String code = items.get(0).getString("receiptCode");
    // The answer kept for a replay holds it only sealed: the database never shows it.
    String batchId = answer.getString("id");
    assertEquals(
        1,
        TestDatabase.get()
            .number(
                "select count(*) from association_batch where id = '"
                    + batchId
                    + "' and answer is not null and key_hash is not null"));
    assertEquals(
        0,
        TestDatabase.get()
            .number(
                "select count(*) from association_batch where position(convert_to('"
                    + code
                    + "', 'UTF8') in answer) > 0 or position(convert_to('"
                    + items.get(0).getString("reference")
                    + "', 'UTF8') in answer) > 0"));
    Api.Reply followUp =
        api.post("api/v1/followup", Json.createObjectBuilder().add("receiptCode", code).build());
    assertEquals(200, followUp.status(), followUp::toString);

    // The batch read back: its signals now, the refused items then, no receipt code.
    Api.Reply read = api.get(reply.header("Location").replaceFirst("^.*/api/v1/", "api/v1/"), lto);
    assertEquals(200, read.status(), read::toString);
    assertEquals(47, read.json().getJsonArray("signals").size());
    assertEquals(
        List.of(7, 23, 41),
        read.json().getJsonArray("refused").getValuesAs(JsonObject.class).stream()
            .map(r -> r.getInt("index"))
            .toList());
    assertFalse(read.body().contains(code));
  }

  @Test
  void theSameKeyAndBodyGetTheFirstAnswerAgainAndNothingIsStoredTwice() {
    String key = UUID.randomUUID().toString();
    String body = batch(5, Set.of(), "lto-b").toString();
    Api.Reply first = submit(lto, key, body);
    assertEquals(201, first.status(), first::toString);
    long stored = TestDatabase.get().count("signal");

    Api.Reply again = submit(lto, key, body);

    assertEquals(201, again.status(), again::toString);
    assertEquals("true", again.header("Idempotency-Replayed"));
    assertNull(first.header("Idempotency-Replayed"));
    assertEquals(first.body(), again.body());
    assertEquals(first.header("Location"), again.header("Location"));
    assertEquals(stored, TestDatabase.get().count("signal"));
  }

  @Test
  void theSameKeyWithAnotherBodyIs422AndAMissingKeyIs400() {
    String key = UUID.randomUUID().toString();
    assertEquals(201, submit(lto, key, batch(2, Set.of(), "lto-c").toString()).status());
    long stored = TestDatabase.get().count("signal");

    Api.Reply other = submit(lto, key, batch(3, Set.of(), "lto-c").toString());
    Api.Reply missing = submit(lto, null, batch(1, Set.of(), "lto-d").toString());
    Api.Reply malformed = submit(lto, "with space", batch(1, Set.of(), "lto-d").toString());

    assertEquals(422, other.status(), other::toString);
    assertEquals("urn:waakzaam:problem:idempotency-key-reused", other.json().getString("type"));
    assertEquals(400, missing.status(), missing::toString);
    assertEquals("urn:waakzaam:problem:idempotency-key-missing", missing.json().getString("type"));
    assertEquals(400, malformed.status(), malformed::toString);
    assertEquals(stored, TestDatabase.get().count("signal"));
  }

  @Test
  void theSameKeyWhileTheFirstBatchIsStillBeingStoredIs409() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = batch(3, Set.of(), "lto-e").toString();
    CompletableFuture<Api.Reply> first;
    // Hold the first batch inside its transaction: it cannot write whose signals they are.
    try (Connection hold = TestDatabase.get().connect()) {
      hold.setAutoCommit(false);
      try (Statement s = hold.createStatement()) {
        s.execute("lock table association_signal in share mode");
      }
      first = CompletableFuture.supplyAsync(() -> submit(lto, key, body));
      awaitRunning();

      Api.Reply second = submit(lto, key, body);

      assertEquals(409, second.status(), second::toString);
      assertEquals("urn:waakzaam:problem:batch-in-progress", second.json().getString("type"));
      hold.rollback();
    }
    Api.Reply answered = first.get(30, TimeUnit.SECONDS);
    assertEquals(201, answered.status(), answered::toString);
    Api.Reply third = submit(lto, key, body);
    assertEquals("true", third.header("Idempotency-Replayed"));
    assertEquals(answered.body(), third.body());
  }

  @Test
  void anEnvelopeWithoutSignalsOrWithTooManyIsRefusedWholeAndClaimsNoKey() {
    String key = UUID.randomUUID().toString();

    Api.Reply none = submit(lto, key, "{\"signals\":[]}");
    Api.Reply notJson = submit(lto, key, "{\"signals\":");
    Api.Reply tooMany = submit(lto, key, batch(501, Set.of(), "lto-f").toString());

    assertEquals(422, none.status(), none::toString);
    assertEquals(400, notJson.status(), notJson::toString);
    assertEquals(422, tooMany.status(), tooMany::toString);
    assertEquals("/signals", tooMany.violations().keySet().iterator().next());
    // Nothing was claimed: the key still takes a first, valid batch.
    assertEquals(201, submit(lto, key, batch(1, Set.of(), "lto-f").toString()).status());
  }

  @Test
  void anAssociationNeverSeesAnothersBatchAndStaffCannotUseTheAssociationApi() {
    Api.Reply mine =
        submit(lto, UUID.randomUUID().toString(), batch(1, Set.of(), "lto-g").toString());
    String path = mine.header("Location").replaceFirst("^.*/api/v1/", "api/v1/");
    String bovag = keycloak.associationToken("bovag");
    String staff = keycloak.userToken("coordinator.limburg");

    assertEquals(200, api.get(path, lto).status());
    Api.Reply other = api.get(path, bovag);
    assertEquals(404, other.status(), other::toString);
    assertEquals(404, api.get("api/v1/batches/not-a-uuid", lto).status());
    assertEquals(403, api.get(path, staff).status());
    assertEquals(
        403,
        submit(staff, UUID.randomUUID().toString(), batch(1, Set.of(), "x").toString()).status());
    assertEquals(
        401,
        submit(null, UUID.randomUUID().toString(), batch(1, Set.of(), "x").toString()).status());
  }

  @Test
  void aSecondSendAfterTheKeysDayIsANewBatch() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = batch(1, Set.of(), "lto-h").toString();
    Api.Reply first = submit(lto, key, body);
    TestDatabase.get()
        .asOwnerWithoutAuditTriggers(
            "update association_batch set key_expires_at = now() - interval '1 second'"
                + " where id = '"
                + first.json().getString("id")
                + "'");

    Api.Reply later = submit(lto, key, body);

    assertEquals(201, later.status(), later::toString);
    assertNull(later.header("Idempotency-Replayed"));
    assertFalse(first.json().getString("id").equals(later.json().getString("id")));
  }

  private void awaitRunning() throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      try {
        if (TestDatabase.get()
                .number("select count(*) from association_batch where state = 'RUNNING'")
            > 0) {
          return;
        }
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("The first batch never started");
  }

  private Api.Reply submit(String token, String key, String body) {
    return Batches.submit(api, token, key, body);
  }

  private static JsonObject batch(int size, Set<Integer> bad, String memberPrefix) {
    return Batches.batch(size, bad, memberPrefix);
  }

  private static JsonObject signal(int i) {
    return Batches.signal(i);
  }
}
