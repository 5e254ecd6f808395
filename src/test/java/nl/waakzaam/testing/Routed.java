package nl.waakzaam.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Limburg's signals taken as staff would take them, through the API with real tokens: a barn offer
 * in Maastricht, into triage and checked by the analyst, forwarded by the coordinator.
 */
public final class Routed {

  /** A signal as the reporter has it, and the packages it was forwarded as (in partner order). */
  public record Signal(String reference, String receiptCode, List<String> packages) {}

  private Routed() {}

  /** A barn offer in Maastricht (6211 AB), Limburg, as received. */
  public static Signal received(Api api) {
    return inMaastricht(api, Signals.barnOffer().build());
  }

  /** The signal {@code body} placed in Maastricht (6211 AB), Limburg, as received. */
  public static Signal inMaastricht(Api api, JsonObject body) {
    JsonObject placed =
        Json.createObjectBuilder(body)
            .add(
                "location",
                Json.createObjectBuilder()
                    .add("postcode", "6211 AB")
                    .add("municipality", "Maastricht"))
            .build();
    Api.Reply receipt = api.post("api/v1/signals", placed);
    assertEquals(201, receipt.status(), receipt::toString);
    return new Signal(
        receipt.json().getString("reference"), receipt.json().getString("receiptCode"), List.of());
  }

  /** Taken into triage by Limburg's analyst, with a traceability check that withholds nothing. */
  public static void triaged(Api api, String reference) {
    String analyst = TestKeycloak.get().userToken("analist.limburg");
    Api.Reply taken =
        api.post(
            "api/v1/signals/" + reference + "/triage", Json.createObjectBuilder().build(), analyst);
    assertEquals(200, taken.status(), taken::toString);
    Api.Reply checked =
        api.put(
            "api/v1/signals/" + reference + "/traceability",
            Json.createObjectBuilder().add("identifying", false).build(),
            analyst);
    assertEquals(200, checked.status(), checked::toString);
  }

  /**
   * A new barn offer in Maastricht, triaged and forwarded by Limburg's coordinator to {@code
   * partners}, each on the RIEC covenant.
   */
  public static Signal forwardedTo(Api api, String... partners) {
    Signal signal = received(api);
    triaged(api, signal.reference());
    JsonArrayBuilder chosen = Json.createArrayBuilder();
    for (String partner : partners) {
      chosen.add(
          Json.createObjectBuilder()
              .add("organisation", partner)
              .add("legalBasis", "RIEC_COVENANT"));
    }
    Api.Reply forwarded =
        api.post(
            "api/v1/signals/" + signal.reference() + "/forwardings",
            Json.createObjectBuilder().add("partners", chosen).build(),
            TestKeycloak.get().userToken("coordinator.limburg"));
    assertEquals(201, forwarded.status(), forwarded::toString);
    List<String> packages = new ArrayList<>();
    for (JsonObject p : forwarded.jsonArray().getValuesAs(JsonObject.class)) {
      packages.add(p.getString("id"));
    }
    return new Signal(signal.reference(), signal.receiptCode(), packages);
  }

  /** The signal as its reporter reads it through the follow-up API, in Dutch. */
  public static JsonObject reporterView(Api api, String receiptCode) {
    Api.Reply session =
        api.post(
            "api/v1/followup", Json.createObjectBuilder().add("receiptCode", receiptCode).build());
    assertEquals(200, session.status(), session::toString);
    Api.Reply view =
        api.send(
            api.json("api/v1/followup/signal")
                .header("Authorization", "FollowUp " + session.json().getString("token"))
                .header("Accept-Language", "nl")
                .GET());
    assertEquals(200, view.status(), view::toString);
    return view.json();
  }
}
