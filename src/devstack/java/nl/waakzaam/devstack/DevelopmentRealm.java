package nl.waakzaam.devstack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.function.UnaryOperator;

/**
 * The realm of a laptop and of the tests: the production realm ({@code
 * keycloak-realm/waakzaam-realm.json}, no users, no secrets, OTP for everyone) with the development
 * additions of {@code keycloak-realm/development/} merged in: demo users, the password-grant test
 * client, the demo associations, and required actions changed as the additions say (no OTP set-up
 * for the demo users). Production imports the first file alone.
 *
 * <p>The additions hold no client secret: each confidential client gets the secret {@code secretOf}
 * gives for its id (the run command keeps them with its other development secrets, the tests draw
 * new ones), so that no secret that works anywhere is ever committed.
 */
final class DevelopmentRealm {

  private DevelopmentRealm() {}

  static String merge(String productionJson, String additionsJson, UnaryOperator<String> secretOf) {
    JsonObject realm = read(productionJson);
    JsonObject additions = read(additionsJson);
    JsonObjectBuilder merged = Json.createObjectBuilder(realm);
    merged.add("users", additions.getJsonArray("users"));
    merged.add("groups", withPartnerGroups(realm, additions));
    JsonArrayBuilder clients = Json.createArrayBuilder(realm.getJsonArray("clients"));
    for (JsonValue value : additions.getJsonArray("clients")) {
      JsonObject client = value.asJsonObject();
      if (client.getBoolean("publicClient", true)) {
        clients.add(client);
      } else {
        clients.add(
            Json.createObjectBuilder(client)
                .add("secret", secretOf.apply(client.getString("clientId"))));
      }
    }
    merged.add("clients", clients);
    JsonObject overrides = additions.getJsonObject("requiredActions");
    JsonArrayBuilder actions = Json.createArrayBuilder();
    for (JsonValue value : realm.getJsonArray("requiredActions")) {
      JsonObject action = value.asJsonObject();
      JsonObject override = overrides.getJsonObject(action.getString("alias"));
      if (override == null) {
        actions.add(action);
      } else {
        JsonObjectBuilder changed = Json.createObjectBuilder(action);
        override.forEach(changed::add);
        actions.add(changed);
      }
    }
    merged.add("requiredActions", actions);
    return merged.build().toString();
  }

  /**
   * The realm's groups, with the demo partner organisations ({@code partnerGroups} of the
   * additions) as subgroups of {@code /partners}, which production leaves empty for its admins to
   * fill.
   */
  private static JsonArrayBuilder withPartnerGroups(JsonObject realm, JsonObject additions) {
    JsonArrayBuilder groups = Json.createArrayBuilder();
    JsonArrayBuilder partners = Json.createArrayBuilder();
    for (JsonValue id : additions.getJsonArray("partnerGroups")) {
      String name = ((JsonString) id).getString();
      partners.add(Json.createObjectBuilder().add("name", name).add("path", "/partners/" + name));
    }
    JsonArray subGroups = partners.build();
    for (JsonValue value : realm.getJsonArray("groups")) {
      JsonObject group = value.asJsonObject();
      groups.add(
          group.getString("name").equals("partners")
              ? Json.createObjectBuilder(group).add("subGroups", subGroups)
              : Json.createObjectBuilder(group));
    }
    return groups;
  }

  private static JsonObject read(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
