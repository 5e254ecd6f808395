package nl.waakzaam.associations;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.Set;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.Signals;

/** Batches of farmers' signals in Limburg, as an association sends them. */
final class Batches {

  private Batches() {}

  /**
   * A batch of {@code size} farmers' signals in Limburg, spoiling the kind of those at {@code bad}.
   */
  static JsonObject batch(int size, Set<Integer> bad, String memberPrefix) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (int i = 0; i < size; i++) {
      JsonObject signal = signal(i);
      if (bad.contains(i)) {
        signal = Json.createObjectBuilder(signal).remove("kind").build();
      }
      items.add(
          Json.createObjectBuilder()
              .add("memberReference", memberPrefix + "-" + i)
              .add("signal", signal));
    }
    return Json.createObjectBuilder().add("signals", items).build();
  }

  static JsonObject signal(int i) {
    return Json.createObjectBuilder(Signals.barnOffer().build())
        .add(
            "location",
            Json.createObjectBuilder().add("postcode", "6211").add("municipality", "Maastricht"))
        .add("description", "Lid " + i + ": een man bood contant geld voor de schuur.")
        .build();
  }

  static Api.Reply submit(Api api, String token, String key, String body) {
    HttpRequest.Builder request =
        api.json("api/v1/batches").POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return api.send(request);
  }
}
