package nl.waakzaam.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestKeycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end with the real Keycloak and its own tokens (password grant for staff, client
 * credentials for the association): who gets 200, 403, 404 and 401.
 */
class StaffAccessIT extends ApiIntegrationTest {

  private TestKeycloak keycloak;
  private String limburg;
  private String oostBrabant;

  @BeforeEach
  void twoSignalsOfTwoRegions() {
    keycloak = TestKeycloak.get();
    limburg = submitAt("6211");
    oostBrabant = submitAt("5712");
  }

  private String submitAt(String postcode) {
    JsonObject signal =
        Json.createObjectBuilder(Signals.general().build())
            .add("location", Json.createObjectBuilder().add("postcode", postcode))
            .build();
    Api.Reply reply = api.post("api/v1/signals", signal);
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getString("reference");
  }

  @Test
  void anAnalystOfLimburgSeesLimburgsSignalsAndNothingOfOostBrabant() {
    String token = keycloak.userToken("analist.limburg");

    Api.Reply queue = api.get("api/v1/triage/queue?limit=100", token);
    assertEquals(200, queue.status(), queue::toString);
    Set<String> regions = field(queue, "region");
    assertEquals(Set.of("LIMBURG"), regions);
    assertTrue(field(queue, "reference").contains(limburg));

    Api.Reply own = api.get("api/v1/signals/" + limburg, token);
    assertEquals(200, own.status(), own::toString);
    assertEquals("LIMBURG", own.json().getString("region"));
    assertEquals(
        "Offered 40,000 euros in cash for a car",
        own.json().getJsonObject("general").getString("whatHappened"));
    assertEquals("RECEIVED", own.json().getJsonArray("history").getJsonObject(0).getString("to"));

    Api.Reply other = api.get("api/v1/signals/" + oostBrabant, token);
    Api.Reply none = api.get("api/v1/signals/VO-1999-000001", token);
    assertEquals(404, other.status(), other::toString);
    assertEquals(none.status(), other.status());
    assertEquals(
        none.json(), other.json(), "another region's signal reads exactly like none at all");
  }

  @Test
  void anAnalystOfTwoRegionsSeesBoth() {
    String token = keycloak.userToken("analist.zuid");

    assertEquals(200, api.get("api/v1/signals/" + limburg, token).status());
    assertEquals(200, api.get("api/v1/signals/" + oostBrabant, token).status());
    assertEquals(
        Set.of("LIMBURG", "OOST_BRABANT"),
        field(api.get("api/v1/triage/queue?limit=100", token), "region"));
  }

  @Test
  void anAuditorReadsTheTrailButNoSignal() {
    String analyst = keycloak.userToken("analist.limburg");
    api.get("api/v1/signals/" + limburg + "?purpose=checking%20a%20plate", analyst);
    String auditor = keycloak.userToken("auditor.limburg");

    assertEquals(403, api.get("api/v1/signals/" + limburg, auditor).status());
    Api.Reply trail = api.get("api/v1/audit?signal=" + limburg, auditor);
    assertEquals(200, trail.status(), trail::toString);
    JsonObject viewed = trail.json().getJsonArray("records").getJsonObject(0);
    assertEquals("SIGNAL_VIEWED", viewed.getString("action"));
    assertEquals("analist.limburg", viewed.getString("actorName"));
    assertEquals(
        List.of("analyst"),
        viewed.getJsonArray("jobs").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertEquals("checking a plate", viewed.getString("purpose"));
    assertTrue(api.get("api/v1/audit/verification", auditor).json().getBoolean("intact"));
  }

  @Test
  void theAssociationsServiceAccountMayNotReadSignals() {
    String token = keycloak.associationToken("lto-noord");

    assertEquals(403, api.get("api/v1/triage/queue", token).status());
    assertEquals(403, api.get("api/v1/signals/" + limburg, token).status());
    assertEquals(403, api.get("api/v1/audit", token).status());
  }

  @Test
  void withoutAValidTokenTheAnswerIs401AsAProblem() {
    Api.Reply none = api.get("api/v1/triage/queue", null);
    Api.Reply garbage = api.get("api/v1/signals/" + limburg, "not.a.token");

    for (Api.Reply reply : List.of(none, garbage)) {
      assertEquals(401, reply.status(), reply::toString);
      assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
      assertEquals("urn:waakzaam:problem:unauthorized", reply.json().getString("type"));
    }
  }

  @Test
  void reportersStillNeedNoAccount() {
    assertEquals(201, api.post("api/v1/signals", Signals.vessel().build()).status());
    assertEquals(200, api.get("api/v1", null).status());
  }

  private static Set<String> field(Api.Reply queue, String name) {
    return queue.json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .map(item -> item.getString(name))
        .collect(Collectors.toSet());
  }
}
