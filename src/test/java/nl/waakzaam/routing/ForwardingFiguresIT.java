package nl.waakzaam.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Routed;
import nl.waakzaam.testing.TestDatabase;
import nl.waakzaam.testing.TestKeycloak;
import org.junit.jupiter.api.Test;

/**
 * What came of Limburg's packages, through the API with real tokens: two barn offers forwarded to
 * the police, one read and given an outcome by the police's own user, counted in the region's
 * figures (and not among vessels), the same as CSV; the national figures by kind of partner for the
 * national analyst only, never with a count the k-anonymity rule leaves out.
 */
class ForwardingFiguresIT extends ApiIntegrationTest {

  private static final String FIGURES = "api/v1/regions/limburg/forwarding-figures";

  private final TestKeycloak keycloak = TestKeycloak.get();

  @Test
  void aRegionSeesWhatCameOfItsPackagesPerPartner() {
    String coordinator = keycloak.userToken("coordinator.limburg");
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    String period = "?from=" + today + "&to=" + today;
    long reads = TestDatabase.get().regionAuditRecords("FORWARDING_FIGURES_READ", "LIMBURG");
    JsonObject before = police(figures(FIGURES + period, coordinator));

    String first = forwardToPolice();
    forwardToPolice();
    String police = keycloak.userToken("politie.limburg");
    Api.Reply read = api.get("api/v1/inbox/" + first, police);
    assertEquals(200, read.status(), read::toString);
    Api.Reply outcome =
        api.put(
            "api/v1/inbox/" + first + "/outcome",
            Json.createObjectBuilder()
                .add("outcome", "CRIMINAL_INVESTIGATION")
                .add("on", today.toString())
                .build(),
            police);
    assertEquals(200, outcome.status(), outcome::toString);

    JsonObject after = police(figures(FIGURES + period, coordinator));
    assertEquals(count(before, "forwarded") + 2, count(after, "forwarded"));
    assertEquals(count(before, "read") + 1, count(after, "read"));
    assertEquals(count(before, "withOutcome") + 1, count(after, "withOutcome"));
    assertEquals(
        outcomeCount(before, "CRIMINAL_INVESTIGATION") + 1,
        outcomeCount(after, "CRIMINAL_INVESTIGATION"));
    assertNotNull(after.getJsonObject("hoursToRead").getJsonNumber("median"), after::toString);
    assertNotNull(after.getJsonObject("hoursToOutcome").getJsonNumber("p90"), after::toString);
    assertEquals("Politie, eenheid Limburg", after.getString("name"));
    assertEquals(
        reads + 2,
        TestDatabase.get().regionAuditRecords("FORWARDING_FIGURES_READ", "LIMBURG"),
        "each look at the figures audited");

    JsonObject vessels = figures(FIGURES + period + "&kind=VESSEL", coordinator);
    assertEquals("VESSEL", vessels.getString("kind"));
    long vesselPolice =
        vessels.getJsonArray("partners").getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getString("key").equals("politie-limburg"))
            .mapToLong(p -> p.getJsonNumber("forwarded").longValue())
            .sum();
    assertTrue(vesselPolice < count(after, "forwarded"), "barn offers are not vessels");

    HttpResponse<byte[]> csv = api.download(FIGURES + "/csv" + period, coordinator);
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    assertTrue(
        csv.headers().firstValue("Content-Disposition").orElseThrow().contains(".csv"),
        csv.headers()::toString);
    List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
    assertTrue(
        lines.get(0).startsWith("partner,name,forwarded,read,with_outcome,"), lines::toString);
    String row =
        lines.stream().filter(l -> l.startsWith("politie-limburg,")).findFirst().orElseThrow();
    assertTrue(
        row.startsWith(
            "politie-limburg,\"Politie, eenheid Limburg\","
                + count(after, "forwarded")
                + ","
                + count(after, "read")
                + ","),
        row);

    assertEquals(422, api.get(FIGURES + "?from=2026-13-01", coordinator).status());
    assertEquals(
        422,
        api.get(FIGURES + "?from=" + today + "&to=" + today.minusDays(1), coordinator).status());
    assertEquals(
        404, api.get("api/v1/regions/oost-brabant/forwarding-figures", coordinator).status());
    assertEquals(403, api.get(FIGURES, keycloak.userToken("analist.limburg")).status());
  }

  @Test
  void theNationalFiguresAreForTheNationalAnalystAndKAnonymous() {
    forwardToPolice();
    String national = keycloak.userToken("landelijk.analist");
    assertEquals(403, api.get(FIGURES, national).status(), "no region's own figures");
    assertEquals(403, api.get("api/v1/triage/queue", national).status(), "nor any signal");
    assertEquals(
        403,
        api.get("api/v1/stats/forwarding", keycloak.userToken("coordinator.limburg")).status());

    JsonObject figures = figures("api/v1/stats/forwarding", national);
    assertFalse(figures.containsKey("region") && !figures.isNull("region"), figures::toString);
    int threshold = figures.getInt("threshold");
    assertTrue(threshold >= 2);
    List<JsonObject> rows = figures.getJsonArray("partners").getValuesAs(JsonObject.class);
    assertTrue(rows.stream().anyMatch(r -> r.getString("key").equals("POLICE")), figures::toString);
    for (JsonObject row : rows) {
      for (String cell : List.of("forwarded", "read", "withOutcome")) {
        if (row.containsKey(cell)) {
          long value = row.getJsonNumber(cell).longValue();
          assertTrue(value == 0 || value >= threshold, cell + " " + row);
        }
      }
      if (row.containsKey("read")) {
        long unread = count(row, "forwarded") - count(row, "read");
        assertTrue(unread == 0 || unread >= threshold, "unread worked out: " + row);
      }
      for (JsonValue value : row.getJsonObject("outcomes").values()) {
        if (value.getValueType() == JsonValue.ValueType.NUMBER) {
          long n = ((jakarta.json.JsonNumber) value).longValue();
          assertTrue(n == 0 || n >= threshold, "outcome " + row);
        }
      }
    }
    HttpResponse<byte[]> csv = api.download("api/v1/stats/forwarding/csv", national);
    assertEquals(200, csv.statusCode());
    assertTrue(new String(csv.body(), StandardCharsets.UTF_8).contains("\r\nPOLICE,"));
  }

  // --- helpers -------------------------------------------------------------------------------

  private JsonObject figures(String path, String token) {
    Api.Reply reply = api.get(path, token);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private static JsonObject police(JsonObject figures) {
    return figures.getJsonArray("partners").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("key").equals("politie-limburg"))
        .findFirst()
        .orElse(
            Json.createObjectBuilder()
                .add("forwarded", 0)
                .add("read", 0)
                .add("withOutcome", 0)
                .add("outcomes", Json.createObjectBuilder().add("CRIMINAL_INVESTIGATION", 0))
                .build());
  }

  private static long count(JsonObject row, String name) {
    return row.getJsonNumber(name).longValue();
  }

  private static long outcomeCount(JsonObject row, String outcome) {
    return row.getJsonObject("outcomes").getJsonNumber(outcome).longValue();
  }

  /** A barn offer in Maastricht, triaged, checked and forwarded to the police: its package id. */
  private String forwardToPolice() {
    return Routed.forwardedTo(api, "politie-limburg").packages().get(0);
  }
}
