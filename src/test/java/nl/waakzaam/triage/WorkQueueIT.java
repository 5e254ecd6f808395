package nl.waakzaam.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestKeycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The work queue pages through a region's signals newest first, each exactly once. */
class WorkQueueIT extends ApiIntegrationTest {

  private String coordinator;

  @BeforeEach
  void signalsInZeeland() {
    coordinator = TestKeycloak.get().userToken("coordinator.zeeland");
    for (int i = 0; i < 7; i++) {
      JsonObject signal =
          Json.createObjectBuilder(Signals.vessel().build())
              .add("location", Json.createObjectBuilder().add("postcode", "4381"))
              .build();
      assertEquals(201, api.post("api/v1/signals", signal).status());
    }
  }

  @Test
  void pagesFollowEachOtherNewestFirstWithoutGapsOrRepeats() {
    List<JsonObject> all = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      Api.Reply page =
          api.get(
              "api/v1/triage/queue?limit=3" + (after == null ? "" : "&after=" + after),
              coordinator);
      assertEquals(200, page.status(), page::toString);
      page.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).forEach(all::add);
      after = page.json().containsKey("next") ? page.json().getString("next") : null;
      pages++;
    } while (after != null && pages < 1_000);

    assertTrue(all.size() >= 7, "at least the seven signals of this test: " + all.size());
    assertEquals(
        all.size(),
        all.stream().map(i -> i.getString("reference")).distinct().count(),
        "no repeats");
    for (int i = 1; i < all.size(); i++) {
      Instant newer = Instant.parse(all.get(i - 1).getString("receivedAt"));
      Instant older = Instant.parse(all.get(i).getString("receivedAt"));
      assertTrue(!older.isAfter(newer), "newest first");
    }
    all.forEach(i -> assertEquals("ZEELAND_WEST_BRABANT", i.getString("region")));
  }

  @Test
  void theLastPageHasNoNext() {
    Api.Reply page = api.get("api/v1/triage/queue?limit=100", coordinator);

    assertTrue(page.json().getJsonArray("items").size() < 100);
    assertTrue(!page.json().containsKey("next"), page::toString);
  }

  @Test
  void aMalformedCursorOrLimitIsNamed() {
    Api.Reply cursor = api.get("api/v1/triage/queue?after=not-a-cursor", coordinator);
    Api.Reply limit = api.get("api/v1/triage/queue?limit=1000", coordinator);
    Api.Reply purpose =
        api.get("api/v1/signals/VO-1999-000001?purpose=" + "x".repeat(501), coordinator);

    assertEquals(422, cursor.status(), cursor::toString);
    assertEquals("Gebruik de waarde uit het vorige antwoord.", cursor.violations().get("after"));
    assertEquals(422, limit.status(), limit::toString);
    assertEquals("Kies een aantal van 1 tot en met 100.", limit.violations().get("limit"));
    assertEquals(422, purpose.status(), purpose::toString);
  }
}
