package nl.waakzaam.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.waakzaam.devstack.KeycloakServer;

/**
 * The real Keycloak of a test run, started once, with the repository's realm. Its signing key is
 * one the test makes at start: Keycloak signs its own tokens with it and publishes it, and the test
 * can sign tokens of its own that the application accepts exactly as it accepts Keycloak's (for the
 * fast authorization matrix). The end-to-end tests ask Keycloak itself for tokens.
 */
public final class TestKeycloak {

  /** The demo users' password in the realm file. */
  public static final String PASSWORD = "welkom-dev";

  /** Keycloak's own administrator (master realm), for tests that look at Keycloak itself. */
  private static final String ADMIN = "admin";

  private static final String ADMIN_PASSWORD = UUID.randomUUID().toString();

  /** The confidential clients' secrets of this run, drawn when the realm is made. */
  private static final Map<String, String> CLIENT_SECRETS = new ConcurrentHashMap<>();

  private static TestKeycloak instance;

  private final KeycloakServer server;
  private final KeyPair signingKey;
  private final HttpClient http = HttpClient.newHttpClient();
  private boolean ready;
  private String keyId;

  private TestKeycloak(KeycloakServer server, KeyPair signingKey) {
    this.server = server;
    this.signingKey = signingKey;
  }

  /** Starts Keycloak if it is not running; does not wait for it. */
  public static synchronized TestKeycloak starting() {
    if (instance == null) {
      KeyPair key = rsaKeyPair();
      Path work = Path.of(System.getProperty("waakzaam.test.work-dir", "target/it"), "keycloak");
      KeycloakServer server =
          KeycloakServer.start(
              KeycloakServer.builtFromBuildSettings(),
              work,
              freePort(),
              withConsoleAt(
                  withSigningKey(
                      KeycloakServer.realmJson(
                          client ->
                              CLIENT_SECRETS.computeIfAbsent(
                                  client, c -> UUID.randomUUID().toString())),
                      key),
                  TestPorts.consoleOrigin()),
              Map.of(
                  "KC_BOOTSTRAP_ADMIN_USERNAME",
                  ADMIN,
                  "KC_BOOTSTRAP_ADMIN_PASSWORD",
                  ADMIN_PASSWORD));
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      instance = new TestKeycloak(server, key);
    }
    return instance;
  }

  /** Keycloak, started and ready. */
  public static synchronized TestKeycloak get() {
    TestKeycloak keycloak = starting();
    if (!keycloak.ready) {
      Duration took = keycloak.server.awaitReady(Duration.ofMinutes(3));
      System.out.println(
          "[waakzaam] Keycloak ready at "
              + keycloak.issuer()
              + " (waited "
              + took.toMillis()
              + " ms)");
      keycloak.keyId = keycloak.findKeyId();
      keycloak.ready = true;
    }
    return keycloak;
  }

  public String issuer() {
    return server.issuer();
  }

  /** The key Keycloak signs with, to sign test tokens with. */
  public KeyPair signingKey() {
    return signingKey;
  }

  /** The key id Keycloak publishes for {@link #signingKey()}. */
  public String keyId() {
    return keyId;
  }

  /** An access token for a demo user, by the password grant of the test client. */
  public String userToken(String username) {
    return token(
        Map.of(
            "grant_type",
            "password",
            "client_id",
            "waakzaam-test",
            "username",
            username,
            "password",
            PASSWORD));
  }

  /** Keycloak's base address, such as {@code http://127.0.0.1:40123}. */
  public String baseUrl() {
    return issuer().substring(0, issuer().indexOf("/realms/"));
  }

  /** An access token of Keycloak's administrator, for its admin REST API. */
  public String adminToken() {
    String body =
        "grant_type=password&client_id=admin-cli&username="
            + ADMIN
            + "&password="
            + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8);
    JsonObject answer =
        post(
            baseUrl() + "/realms/master/protocol/openid-connect/token",
            body,
            "application/x-www-form-urlencoded");
    return answer.getString("access_token");
  }

  /** An access token of a demo association's client, by the client credentials grant. */
  public String associationToken(String clientId) {
    return clientToken(clientId, clientSecret(clientId));
  }

  /** The secret this run gave the confidential client {@code clientId}. */
  public String clientSecret(String clientId) {
    String secret = CLIENT_SECRETS.get(clientId);
    if (secret == null) {
      throw new IllegalArgumentException("No confidential client " + clientId + " in the realm");
    }
    return secret;
  }

  /** An access token for a confidential client, by the client credentials grant. */
  public String clientToken(String clientId, String secret) {
    return token(
        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
  }

  private String token(Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    JsonObject answer =
        post(
            issuer() + "/protocol/openid-connect/token", body, "application/x-www-form-urlencoded");
    if (!answer.containsKey("access_token")) {
      throw new IllegalStateException("Keycloak gave no token: " + answer);
    }
    return answer.getString("access_token");
  }

  private String findKeyId() {
    BigInteger modulus = ((RSAPublicKey) signingKey.getPublic()).getModulus();
    JsonObject jwks = get(issuer() + "/protocol/openid-connect/certs");
    for (JsonValue k : jwks.getJsonArray("keys")) {
      JsonObject key = k.asJsonObject();
      if (key.containsKey("n")
          && new BigInteger(1, Base64.getUrlDecoder().decode(key.getString("n"))).equals(modulus)) {
        return key.getString("kid");
      }
    }
    throw new IllegalStateException("Keycloak does not publish the test's signing key: " + jwks);
  }

  /** The realm with the test's RSA key as its active, highest-priority signing key. */
  static String withSigningKey(String realmJson, KeyPair key) {
    JsonObject realm = Json.createReader(new StringReader(realmJson)).readObject();
    String privateKey = Base64.getEncoder().encodeToString(key.getPrivate().getEncoded());
    JsonObject provider =
        Json.createObjectBuilder()
            .add("name", "waakzaam-test-key")
            .add("providerId", "rsa")
            .add("subComponents", Json.createObjectBuilder())
            .add(
                "config",
                Json.createObjectBuilder()
                    .add("priority", Json.createArrayBuilder().add("1000"))
                    .add("enabled", Json.createArrayBuilder().add("true"))
                    .add("active", Json.createArrayBuilder().add("true"))
                    .add("algorithm", Json.createArrayBuilder().add("RS256"))
                    .add("privateKey", Json.createArrayBuilder().add(privateKey)))
            .build();
    return Json.createObjectBuilder(realm)
        .add(
            "components",
            Json.createObjectBuilder()
                .add("org.keycloak.keys.KeyProvider", Json.createArrayBuilder().add(provider)))
        .build()
        .toString();
  }

  /**
   * The realm with the console client also allowed to return to the console of the application
   * under test, which listens on a port of the test run's choosing.
   */
  static String withConsoleAt(String realmJson, String origin) {
    JsonObject realm = Json.createReader(new StringReader(realmJson)).readObject();
    var clients = Json.createArrayBuilder();
    for (JsonObject client : realm.getJsonArray("clients").getValuesAs(JsonObject.class)) {
      if (!"waakzaam-console".equals(client.getString("clientId"))) {
        clients.add(client);
        continue;
      }
      var redirects = Json.createArrayBuilder(client.getJsonArray("redirectUris"));
      redirects.add(origin + "/console/*");
      JsonObject attributes = client.getJsonObject("attributes");
      clients.add(
          Json.createObjectBuilder(client)
              .add("redirectUris", redirects)
              .add(
                  "attributes",
                  Json.createObjectBuilder(attributes)
                      .add(
                          "post.logout.redirect.uris",
                          attributes.getString("post.logout.redirect.uris")
                              + "##"
                              + origin
                              + "/console/*")));
    }
    return Json.createObjectBuilder(realm).add("clients", clients).build().toString();
  }

  static KeyPair rsaKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonObject get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
  }

  private JsonObject post(String url, String body, String type) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private JsonObject send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return Json.createReader(new StringReader(response.body())).readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
