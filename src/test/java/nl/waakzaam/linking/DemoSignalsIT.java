package nl.waakzaam.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.waakzaam.devstack.DemoForwarding;
import nl.waakzaam.devstack.DemoSignals;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.TestKeycloak;
import org.junit.jupiter.api.Test;

/**
 * The run command's demonstration signals are accepted as they are written, and show what linking
 * does: the barn offers of Oost-Brabant name one van, and Limburg's signal names the vessel
 * signal's phone number across the regional border, which Limburg sees only as a match in that
 * region. The vessel's MMSI carries its flag state, by its Maritime Identification Digits.
 * Limburg's signal is forwarded as the run command forwards it, and lands in both demo partners'
 * inboxes.
 */
class DemoSignalsIT extends ApiIntegrationTest {

  @Test
  void theDemoSignalsIncludeARelatedPairAndACrossRegionMatch() {
    Map<String, String> references = new LinkedHashMap<>();
    DemoSignals.bodies()
        .forEach(
            (name, body) -> {
              Api.Reply reply = api.post("api/v1/signals", body);
              assertEquals(201, reply.status(), () -> name + ": " + reply);
              references.put(name, reply.json().getString("reference"));
            });

    Api.Reply pair =
        api.get(
            "api/v1/signals/" + references.get("BARN_AGAIN") + "/related",
            TestKeycloak.get().userToken("analist.oost-brabant"));
    assertEquals(200, pair.status(), pair::toString);
    assertTrue(pair.body().contains(references.get("BARN_OFFER")), pair::toString);

    Api.Reply across =
        api.get(
            "api/v1/signals/" + references.get("GENERAL_LB") + "/related",
            TestKeycloak.get().userToken("coordinator.limburg"));
    assertEquals(200, across.status(), across::toString);
    assertTrue(across.body().contains("\"region\":\"zeeland-west-brabant\""), across::toString);
    assertTrue(!across.body().contains(references.get("VESSEL")), "only that it exists there");

    Api.Reply vessel =
        api.get(
            "api/v1/signals/" + references.get("VESSEL") + "/related",
            TestKeycloak.get().userToken("coordinator.zeeland"));
    assertEquals(200, vessel.status(), vessel::toString);
    JsonObject mmsi =
        vessel.jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("type").equals("MMSI"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(vessel.toString()));
    assertEquals("205412345", mmsi.getString("asWritten"));
    assertEquals("BE", mmsi.getString("flagState"));

    String forwarded = references.get(DemoSignals.FORWARDED);
    DemoForwarding.forward(
        base.toString().replaceAll("/$", ""), forwarded, TestKeycloak.get()::userToken);
    for (String partner : new String[] {"politie.limburg", "gemeente.maastricht"}) {
      Api.Reply inbox = api.get("api/v1/inbox", TestKeycloak.get().userToken(partner));
      assertEquals(200, inbox.status(), inbox::toString);
      assertTrue(inbox.body().contains(forwarded), partner + " has the demo package: " + inbox);
    }
  }
}
