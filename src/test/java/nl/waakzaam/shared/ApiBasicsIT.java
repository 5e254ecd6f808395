package nl.waakzaam.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

/** What every client meets first: the API root, its description, health, headers and errors. */
class ApiBasicsIT extends ApiIntegrationTest {

  @Test
  void theRootNamesTheApiAndWhereItIsDescribed() {
    Api.Reply reply = api.get("api/v1");

    assertEquals(200, reply.status());
    assertEquals("v1", reply.json().getString("version"));
    assertEquals("/openapi", reply.json().getString("openapi"));
  }

  @Test
  void everyAnswerCarriesTheSecurityHeadersAndNoServerBanner() {
    Api.Reply reply = api.get("api/v1");

    assertEquals("nosniff", reply.header("X-Content-Type-Options"));
    assertEquals("no-referrer", reply.header("Referrer-Policy"));
    assertEquals("no-store", reply.header("Cache-Control"));
    assertEquals(
        "default-src 'none'; frame-ancestors 'none'", reply.header("Content-Security-Policy"));
    assertNull(reply.header("X-Powered-By"));
    assertNull(reply.header("Server"));
  }

  @Test
  void theOpenApiDocumentDescribesIntakeAndFollowUp() {
    Api.Reply reply = api.send(api.json("openapi").setHeader("Accept", "application/json").GET());

    assertEquals(200, reply.status(), reply::toString);
    var paths = reply.json().getJsonObject("paths");
    assertTrue(paths.containsKey("/api/v1/signals"), paths::toString);
    assertTrue(paths.containsKey("/api/v1/followup"), paths::toString);
    assertTrue(paths.containsKey("/api/v1/followup/signal"), paths::toString);
    assertTrue(paths.containsKey("/api/v1/triage/queue"), paths::toString);
    assertTrue(paths.containsKey("/api/v1/signals/{reference}"), paths::toString);
    assertTrue(
        reply
            .json()
            .getJsonObject("components")
            .getJsonObject("securitySchemes")
            .containsKey("keycloak"),
        "the staff endpoints name their bearer token");
    var schemas = reply.json().getJsonObject("components").getJsonObject("schemas");
    assertTrue(schemas.containsKey("SubmitSignalRequest"));
    assertEquals(
        7,
        schemas.getJsonObject("SignalStatus").getJsonArray("enum").size(),
        "exactly the seven statuses");
    assertTrue(
        !reply.body().contains("\"maxProperties\":0"), "no annotation defaults in the schemas");
  }

  @Test
  void theApplicationIsReadyWithItsDatabase() {
    Api.Reply reply = api.get("health/ready");

    assertEquals(200, reply.status(), reply::toString);
    assertEquals("UP", reply.json().getString("status"));
    assertTrue(reply.body().contains("\"database\""));
  }

  @Test
  void healthSaysWhereUploadedFilesAreInspected() {
    Api.Reply reply = api.get("health/live");

    assertEquals(200, reply.status(), reply::toString);
    jakarta.json.JsonObject check =
        reply.json().getJsonArray("checks").stream()
            .map(jakarta.json.JsonValue::asJsonObject)
            .filter(c -> c.getString("name").equals("attachment-inspection"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(reply.body()));
    jakarta.json.JsonObject data = check.getJsonObject("data");
    assertTrue(data.getString("sandbox").length() > 10, data::toString);
    if ("true".equals(System.getenv("CI"))) {
      // Payara writes the flag as a JSON boolean or as its text, depending on the version.
      assertEquals(
          "true", data.get("sandboxed").toString().replace("\"", ""), "CI installs bubblewrap");
    }
  }

  @Test
  void anUnknownPathIsANotFoundProblem() {
    Api.Reply reply = api.get("api/v1/no-such-thing");

    assertEquals(404, reply.status());
    assertEquals("application/problem+json", reply.contentType());
    assertEquals("urn:waakzaam:problem:not-found", reply.json().getString("type"));
  }

  @Test
  void aWrongMethodIsAMethodNotAllowedProblem() {
    Api.Reply reply = api.send(api.json("api/v1/signals").DELETE());

    assertEquals(405, reply.status());
    assertEquals("urn:waakzaam:problem:method-not-allowed", reply.json().getString("type"));
    assertTrue(reply.header("Allow").contains("POST"), reply.header("Allow"));
  }

  @Test
  void aRequestTheContainerCannotParseIsStillAProblemDocument() {
    Api.Reply reply =
        api.send(
            api.json("api/v1/signals")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

    assertEquals(400, reply.status(), reply::toString);
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    assertEquals("Ongeldig verzoek", reply.json().getString("title"));
  }

  @Test
  void aHeaderBeyondTheServersLimitIsRefusedBeforeTheApplicationNeverWith500() {
    Api.Reply reply =
        api.send(
            api.json("api/v1/triage/queue")
                .header("Authorization", "Bearer " + "x".repeat(40_000))
                .GET());

    assertEquals(400, reply.status(), reply::toString);
  }

  @Test
  void jerseysOwnDescriptionIsNotServed() {
    assertEquals(404, api.get("api/v1/application.wadl").status());
  }
}
