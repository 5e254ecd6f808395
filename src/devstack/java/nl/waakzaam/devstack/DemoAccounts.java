package nl.waakzaam.devstack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The demo accounts of the realm file, for the run command to print: they are its truth. */
final class DemoAccounts {

  private DemoAccounts() {}

  static List<String> lines(String realmJson) {
    JsonObject realm = Json.createReader(new StringReader(realmJson)).readObject();
    List<String> lines = new ArrayList<>();
    for (JsonValue u : realm.getJsonArray("users")) {
      JsonObject user = u.asJsonObject();
      if (user.containsKey("serviceAccountClientId")) {
        continue;
      }
      String password =
          user.getJsonArray("credentials").getJsonObject(0).getString("value", "(none)");
      String regions =
          user.getJsonArray("groups").getValuesAs(JsonString.class).stream()
              .map(g -> g.getString().replace("/regions/", ""))
              .collect(Collectors.joining(", "));
      String job =
          user.getJsonArray("realmRoles").getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .collect(Collectors.joining(", "));
      lines.add(
          String.format(
              "%-22s %-12s %-36s %s", user.getString("username"), job, regions, password));
    }
    for (JsonValue c : realm.getJsonArray("clients")) {
      JsonObject client = c.asJsonObject();
      if (client.getBoolean("serviceAccountsEnabled", false)) {
        lines.add(
            String.format(
                "%-22s %-12s client credentials, secret %s",
                client.getString("clientId"), "association", client.getString("secret")));
      }
    }
    return lines;
  }
}
