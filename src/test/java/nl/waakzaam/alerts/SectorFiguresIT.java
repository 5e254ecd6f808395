package nl.waakzaam.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestKeycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sector figures with real tokens: an association reads its own sectors over every region, a
 * coordinator any sector in their region, and no count of 1 to 4 shows, nor one the total would
 * give away. RECREATION is the sector no other test uses: its counts are this test's alone.
 */
class SectorFiguresIT extends ApiIntegrationTest {

  private TestKeycloak keycloak;
  private String hiswa;

  @BeforeEach
  void threeInLimburgAndEightInRotterdam() {
    keycloak = TestKeycloak.get();
    hiswa = keycloak.associationToken("hiswa-recron");
    if (figures(hiswa, "RECREATION").getJsonArray("quarters").isEmpty()) {
      JsonArrayBuilder items = Json.createArrayBuilder();
      for (int i = 0; i < 11; i++) {
        String postcode = i < 3 ? "6211" : "3011";
        items.add(
            Json.createObjectBuilder()
                .add(
                    "signal",
                    Json.createObjectBuilder(Signals.barnOffer().build())
                        .add("sector", "RECREATION")
                        .add("location", Json.createObjectBuilder().add("postcode", postcode))));
      }
      Api.Reply batch =
          api.send(
              api.json("api/v1/batches")
                  .header("Authorization", "Bearer " + hiswa)
                  .header("Idempotency-Key", UUID.randomUUID().toString())
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          Json.createObjectBuilder().add("signals", items).build().toString())));
      assertEquals(201, batch.status(), batch::toString);
      assertEquals(11, batch.json().getInt("received"));
    }
  }

  @Test
  void fewerThanFiveInAQuarterShowNothingAndTheRestShowsWhatCannotPointAtABusiness() {
    JsonObject figures = figures(hiswa, "RECREATION");

    assertEquals(5, figures.getInt("threshold"));
    List<JsonObject> quarters = figures.getJsonArray("quarters").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("LIMBURG", "ROTTERDAM"),
        quarters.stream().map(q -> q.getString("region")).toList());
    JsonObject limburg = quarters.get(0);
    assertTrue(limburg.getJsonObject("total").getBoolean("suppressed"));
    for (String breakdown : List.of("byKind", "byStatus", "byOutcome")) {
      assertTrue(
          limburg.getJsonArray(breakdown).getValuesAs(JsonObject.class).stream()
              .allMatch(c -> c.getBoolean("suppressed", false)),
          limburg::toString);
    }
    JsonObject rotterdam = quarters.get(1);
    assertEquals(8, rotterdam.getJsonObject("total").getInt("count"));
    assertEquals(8, count(rotterdam, "byKind", "BARN_OFFER"));
    assertEquals(0, count(rotterdam, "byKind", "VESSEL"));
    assertEquals(8, count(rotterdam, "byStatus", "RECEIVED"));
    assertFalse(figures.toString().contains("\"count\":3"), figures::toString);
  }

  @Test
  void everyShownCountAnywhereIsZeroOrAtLeastFiveAndNoTotalGivesOneAway() {
    for (String[] caller :
        List.of(
            new String[] {"lto-noord", "AGRICULTURE"},
            new String[] {"bovag", "CAR_TRADE"},
            new String[] {"hiswa-recron", "MARITIME"})) {
      JsonObject figures = figures(keycloak.associationToken(caller[0]), caller[1]);
      for (JsonObject quarter : figures.getJsonArray("quarters").getValuesAs(JsonObject.class)) {
        JsonObject total = quarter.getJsonObject("total");
        for (String breakdown : List.of("byKind", "byStatus")) {
          long shownSum = 0;
          boolean anySuppressed = false;
          for (JsonObject cell : quarter.getJsonArray(breakdown).getValuesAs(JsonObject.class)) {
            if (cell.getBoolean("suppressed", false)) {
              anySuppressed = true;
            } else {
              long n = cell.getJsonNumber("count").longValue();
              assertTrue(n == 0 || n >= 5, quarter::toString);
              shownSum += n;
            }
          }
          if (!total.getBoolean("suppressed", false) && anySuppressed) {
            assertTrue(total.getInt("count") - shownSum >= 5, quarter::toString);
          }
        }
      }
    }
  }

  @Test
  void anAssociationReadsOnlyItsSectorsAndACoordinatorOnlyTheirRegion() {
    String lto = keycloak.associationToken("lto-noord");
    Api.Reply notTheirs = api.get("api/v1/stats/sectors/RECREATION", lto);
    assertEquals(403, notTheirs.status(), notTheirs::toString);
    assertEquals("urn:waakzaam:problem:sector-not-yours", notTheirs.json().getString("type"));

    JsonObject coordinator = figures(keycloak.userToken("coordinator.limburg"), "RECREATION");
    assertEquals(
        List.of("LIMBURG"),
        coordinator.getJsonArray("quarters").getValuesAs(JsonObject.class).stream()
            .map(q -> q.getString("region"))
            .toList());
    assertEquals(
        403,
        api.get("api/v1/stats/sectors/RECREATION", keycloak.userToken("analist.limburg")).status());
    assertEquals(422, api.get("api/v1/stats/sectors/SPACE", hiswa).status());
    assertEquals(422, api.get("api/v1/stats/sectors/RECREATION?quarters=13", hiswa).status());
  }

  private JsonObject figures(String token, String sector) {
    Api.Reply reply = api.get("api/v1/stats/sectors/" + sector, token);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private static long count(JsonObject quarter, String breakdown, String key) {
    return quarter.getJsonArray(breakdown).getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("key").equals(key))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("count")
        .longValue();
  }
}
