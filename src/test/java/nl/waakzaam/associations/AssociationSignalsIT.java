package nl.waakzaam.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.TestKeycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An association follows its own signals as its members would on the follow-up page, polling with
 * changedSince: staff's reporter-visible steps show, their internal judgement does not, and the
 * association answers a question for its member. Another association sees none of it.
 */
class AssociationSignalsIT extends ApiIntegrationTest {

  private TestKeycloak keycloak;
  private String lto;
  private String staff;
  private List<JsonObject> received;

  @BeforeEach
  void aBatchOfTwo() {
    keycloak = TestKeycloak.get();
    lto = keycloak.associationToken("lto-noord");
    staff = keycloak.userToken("coordinator.limburg");
    String member = "lid-" + UUID.randomUUID();
    Api.Reply batch =
        Batches.submit(
            api, lto, UUID.randomUUID().toString(), Batches.batch(2, Set.of(), member).toString());
    assertEquals(201, batch.status(), batch::toString);
    received = batch.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  @Test
  void theAssociationSeesReporterVisibleChangesAndAnswersForItsMember() {
    String reference = received.get(0).getString("reference");
    String since = mine(lto, null).getString("changedAt");

    // Staff take it into triage: the reporter's page changes.
    assertEquals(200, staffPost(reference, "triage", "{}").status());
    JsonObject changed = mine(lto, since);
    assertEquals("lid-", changed.getString("memberReference").substring(0, 4));
    since = changed.getString("changedAt");

    // Staff's own judgement (the traceability check) is no change for the reporter.
    Api.Reply checked =
        api.send(
            api.json("api/v1/signals/" + reference + "/traceability")
                .header("Authorization", "Bearer " + staff)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"identifying\":false}")));
    assertEquals(200, checked.status(), checked::toString);
    assertNull(find(page(lto, since), reference));

    // A question: the association sees it as the member would, without who asked it.
    assertEquals(
        201,
        staffPost(reference, "questions", "{\"text\":\"Welk kenteken had de bus?\"}").status());
    JsonObject asked = mine(lto, since);
    assertEquals("QUESTION_FOR_YOU", asked.getString("status"));
    JsonObject question = asked.getJsonArray("messages").getJsonObject(0);
    assertEquals("PLATFORM", question.getString("from"));
    assertEquals("QUESTION", question.getString("kind"));
    assertFalse(asked.toString().contains("coordinator.limburg"), asked::toString);

    // The association answers for its member; the signal is back in triage for staff.
    Api.Reply answer = write(lto, reference, "Een witte bus, 12-ABC-3.");
    assertEquals(201, answer.status(), answer::toString);
    JsonObject seen = api.get("api/v1/signals/" + reference, staff).json();
    assertEquals("IN_TRIAGE", seen.getString("status"));
    assertEquals("LTO Noord", seen.getString("submittedBy"));
    assertTrue(seen.toString().contains("Een witte bus, 12-ABC-3."));
    assertFalse(
        seen.toString().contains(received.get(0).getString("memberReference")), seen::toString);
  }

  @Test
  void anotherAssociationSeesNoneOfItAndCannotAnswer() {
    String reference = received.get(0).getString("reference");
    String hiswa = keycloak.associationToken("hiswa-recron");

    assertNull(find(all(hiswa), reference));
    Api.Reply answer = write(hiswa, reference, "Hallo");
    assertEquals(404, answer.status(), answer::toString);
    assertNotNull(find(all(lto), reference));
  }

  @Test
  void pagesFollowOneAnotherWithoutGapOrRepeat() {
    JsonObject first = api.get("api/v1/association/signals?limit=1", lto).json();
    assertEquals(1, first.getJsonArray("items").size());
    String next = first.getString("next");
    JsonObject second = api.get("api/v1/association/signals?limit=1&after=" + next, lto).json();
    assertFalse(
        first
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("reference")
            .equals(second.getJsonArray("items").getJsonObject(0).getString("reference")));
    assertEquals(422, api.get("api/v1/association/signals?after=garbage", lto).status());
    assertEquals(422, api.get("api/v1/association/signals?changedSince=yesterday", lto).status());
    assertEquals(422, api.get("api/v1/association/signals?limit=201", lto).status());
  }

  /** The one signal of the association that changed since {@code since}: this test's first. */
  private JsonObject mine(String token, String since) {
    JsonObject found = find(page(token, since), received.get(0).getString("reference"));
    assertNotNull(found, () -> "not changed since " + since);
    return found;
  }

  private List<JsonObject> page(String token, String since) {
    String query =
        since == null ? "" : "&changedSince=" + URLEncoder.encode(since, StandardCharsets.UTF_8);
    Api.Reply reply = api.get("api/v1/association/signals?limit=200" + query, token);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  /** Every signal of the association, following the pages. */
  private List<JsonObject> all(String token) {
    List<JsonObject> items = new java.util.ArrayList<>();
    String after = null;
    do {
      Api.Reply reply =
          api.get(
              "api/v1/association/signals?limit=200" + (after == null ? "" : "&after=" + after),
              token);
      assertEquals(200, reply.status(), reply::toString);
      items.addAll(reply.json().getJsonArray("items").getValuesAs(JsonObject.class));
      after = reply.json().getString("next", null); // left out on the last page
    } while (after != null);
    return items;
  }

  private static JsonObject find(List<JsonObject> items, String reference) {
    return items.stream()
        .filter(i -> i.getString("reference").equals(reference))
        .findFirst()
        .orElse(null);
  }

  private Api.Reply write(String token, String reference, String text) {
    return api.send(
        api.json("api/v1/association/signals/" + reference + "/messages")
            .header("Authorization", "Bearer " + token)
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    Json.createObjectBuilder().add("text", text).build().toString())));
  }

  private Api.Reply staffPost(String reference, String action, String body) {
    return api.send(
        api.json("api/v1/signals/" + reference + "/" + action)
            .header("Authorization", "Bearer " + staff)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
  }
}
