package nl.waakzaam.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The published contract, {@code docs/api/waakzaam-openapi.json}, is what the server serves at
 * {@code /openapi}: the generated client of the association journey is built from that file, so a
 * served document that drifts from it would let the journey pass against a contract nobody is
 * served. On a difference the served document is written beside the test output; with {@code
 * -Dwaakzaam.contract.write=true} it replaces the published one, for a reviewed commit.
 */
class PublishedContractIT extends ApiIntegrationTest {

  static final Path PUBLISHED = Path.of("docs/api/waakzaam-openapi.json");

  /** Where the test run's Keycloak happens to listen is not part of the contract. */
  static final String DISCOVERY_URL =
      "https://sso.example.nl/realms/waakzaam/.well-known/openid-configuration";

  @Test
  void theServedDocumentIsThePublishedContract() throws IOException {
    Api.Reply reply = api.send(api.json("openapi").setHeader("Accept", "application/json").GET());
    assertEquals(200, reply.status(), reply::toString);

    String served = canonical(withoutTheRunsAddresses(reply.json()));
    Path workDir = Path.of(System.getProperty("waakzaam.test.work-dir", "target/it"));
    Files.createDirectories(workDir);
    Files.writeString(workDir.resolve("served-openapi.json"), served, StandardCharsets.UTF_8);
    if (Boolean.getBoolean("waakzaam.contract.write")) {
      Files.writeString(PUBLISHED, served, StandardCharsets.UTF_8);
    }

    String published = Files.readString(PUBLISHED, StandardCharsets.UTF_8);
    assertEquals(
        published,
        served,
        "the server no longer serves "
            + PUBLISHED
            + "; compare it with "
            + workDir.resolve("served-openapi.json")
            + " and, when the change is meant, publish it with -Dwaakzaam.contract.write=true");
  }

  private static JsonObject withoutTheRunsAddresses(JsonObject document) {
    // Payara adds a root member "endpoints" that OpenAPI does not know (renamed x-endpoints in
    // later releases, Payara FISH-12303): not part of the contract.
    JsonObjectBuilder copy =
        Json.createObjectBuilder(document).remove("servers").remove("endpoints");
    JsonObject components = document.getJsonObject("components");
    if (components != null && components.containsKey("securitySchemes")) {
      JsonObjectBuilder schemes = Json.createObjectBuilder();
      components
          .getJsonObject("securitySchemes")
          .forEach((name, scheme) -> schemes.add(name, withDiscoveryUrl(scheme.asJsonObject())));
      copy.add("components", Json.createObjectBuilder(components).add("securitySchemes", schemes));
    }
    return copy.build();
  }

  private static JsonObject withDiscoveryUrl(JsonObject scheme) {
    return scheme.containsKey("openIdConnectUrl")
        ? Json.createObjectBuilder(scheme).add("openIdConnectUrl", DISCOVERY_URL).build()
        : scheme;
  }

  /** Keys sorted, pretty printed: the order a scanner happens to find things in is not news. */
  static String canonical(JsonValue document) {
    StringWriter text = new StringWriter();
    try (var writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
      writer.write(sorted(document));
    }
    return text.toString().strip() + "\n";
  }

  private static JsonValue sorted(JsonValue value) {
    if (value instanceof JsonObject object) {
      JsonObjectBuilder copy = Json.createObjectBuilder();
      new TreeMap<>(object).forEach((key, member) -> copy.add(key, sorted(member)));
      return copy.build();
    }
    if (value instanceof JsonArray array) {
      JsonArrayBuilder copy = Json.createArrayBuilder();
      array.forEach(member -> copy.add(sorted(member)));
      return copy.build();
    }
    return value;
  }
}
