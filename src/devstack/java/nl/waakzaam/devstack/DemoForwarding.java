package nl.waakzaam.devstack;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * Takes Limburg's demonstration signal through triage to two partners, as staff would in the
 * console: the analyst takes it and records the traceability check, the coordinator forwards it to
 * the police of Limburg and the municipality of Maastricht. So the demo's partner accounts ({@code
 * politie.limburg}, {@code gemeente.maastricht}) find a package in their inbox at once.
 */
public final class DemoForwarding {

  /** The demonstration accounts' password of the development realm. */
  static final String PASSWORD = "welkom-dev";

  private DemoForwarding() {}

  /**
   * A token source for the development realm's demo accounts, by the test client's password grant.
   */
  public static UnaryOperator<String> passwordGrant(String issuer) {
    HttpClient http = HttpClient.newHttpClient();
    return user -> {
      String form =
          "grant_type=password&client_id=waakzaam-test&username="
              + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password="
              + PASSWORD;
      JsonObject answer =
          send(
              http,
              HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form)),
              200);
      return answer.getString("access_token");
    };
  }

  /**
   * Triages the signal {@code reference} of Limburg and forwards it to the two demo partners, as
   * the demo routing rule of Limburg suggests (published first if Limburg has no rules yet).
   */
  public static void forward(String baseUrl, String reference, UnaryOperator<String> tokens) {
    HttpClient http = HttpClient.newHttpClient();
    String signal = baseUrl + "/api/v1/signals/" + reference;
    rules(http, baseUrl, tokens.apply("coordinator.limburg"));
    String analyst = tokens.apply("analist.limburg");
    send(http, staff(signal + "/triage", analyst).POST(body("{}")), 200);
    send(http, staff(signal + "/traceability", analyst).PUT(body("{\"identifying\":false}")), 200);
    send(
        http,
        staff(signal + "/forwardings", tokens.apply("coordinator.limburg"))
            .POST(
                body(
                    """
                    {"partners":[
                      {"organisation":"politie-limburg","legalBasis":"RIEC_COVENANT"},
                      {"organisation":"gemeente-maastricht","legalBasis":"PUBLIC_TASK"}],
                     "note":"Besproken in het RIEC-overleg: de botenloods en contante betaling."}
                    """)),
        201);
  }

  /**
   * Limburg's demo rules, when it has none: cash rent of storage in Maastricht to the police and
   * the municipality, and a foreign plate in a border municipality to EURIEC; Maastricht, Vaals and
   * Kerkrade, which lie on the Belgian or German border, as its border municipalities.
   */
  private static void rules(HttpClient http, String baseUrl, String coordinator) {
    String region = baseUrl + "/api/v1/regions/limburg";
    String listed =
        sendText(http, staff(region + "/routing-rules", coordinator).GET(), 200).strip();
    if (!listed.equals("[]")) {
      return;
    }
    send(
        http,
        staff(region + "/border-municipalities", coordinator)
            .PUT(
                body(
                    """
                    {"codes":["GM0935","GM0981","GM0928"],
                     "reason":"Gemeenten aan de Belgische of Duitse grens (demo)."}
                    """)),
        200);
    send(
        http,
        staff(region + "/routing-rules", coordinator)
            .POST(
                body(
                    """
                    {"name":"Contante huur van opslag in Maastricht",
                     "when":{"municipalities":["GM0935"],"kinds":["GENERAL","BARN_OFFER"]},
                     "suggests":{"partners":["politie-limburg","gemeente-maastricht"],
                       "text":"Contante huur van een loods of schuur: de gemeente kan Bibob toetsen."},
                     "reason":"Afgesproken in het RIEC-overleg (demo)."}
                    """)),
        201);
    send(
        http,
        staff(region + "/routing-rules", coordinator)
            .POST(
                body(
                    """
                    {"name":"Buitenlands kenteken in een grensgemeente",
                     "position":1,
                     "when":{"borderMunicipality":true,"present":["FOREIGN_PLATE"]},
                     "suggests":{"partners":["euriec","politie-limburg"]},
                     "reason":"Grensoverschrijdend: EURIEC erbij (demo)."}
                    """)),
        201);
  }

  private static HttpRequest.Builder staff(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json");
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json);
  }

  private static JsonObject send(HttpClient http, HttpRequest.Builder request, int expected) {
    return DemoHttp.json(http, request.build(), expected);
  }

  private static String sendText(HttpClient http, HttpRequest.Builder request, int expected) {
    return DemoHttp.text(http, request.build(), expected);
  }
}
