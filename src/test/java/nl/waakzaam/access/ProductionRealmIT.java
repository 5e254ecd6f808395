package nl.waakzaam.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.waakzaam.devstack.KeycloakServer;
import nl.waakzaam.testing.TestKeycloak;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The realm production imports ({@code keycloak-realm/waakzaam-realm.json} alone, without the
 * development additions), imported into the test run's real Keycloak under a name of its own: it
 * has no user and no secret, refuses the password grant, requires OTP of every staff member (the
 * login page asks to set it up), and has brute-force detection and events on.
 */
class ProductionRealmIT {

  private static final String REALM = "waakzaam-production-check";
  private static final String PASSWORD = "een-lang-wachtwoord-" + UUID.randomUUID();

  private static TestKeycloak keycloak;
  private static String admin;
  private static int usersAfterImport;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void importTheProductionRealm() throws Exception {
    keycloak = TestKeycloak.get();
    admin = keycloak.adminToken();
    JsonObject realm =
        Json.createObjectBuilder(read(KeycloakServer.productionRealmJson()))
            .add("realm", REALM)
            .build();
    HttpResponse<String> created =
        HttpClient.newHttpClient()
            .send(
                adminRequest("/admin/realms")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(realm.toString()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(201, created.statusCode(), created.body());
    usersAfterImport = adminGetStatic("/users").asJsonArray().size();
  }

  @AfterAll
  static void removeIt() throws Exception {
    HttpClient.newHttpClient()
        .send(
            adminRequest("/admin/realms/" + REALM).DELETE().build(),
            HttpResponse.BodyHandlers.discarding());
  }

  @Test
  void theFileHoldsNoUserAndNoSecretAndKeycloakHasNoneOfEither() throws Exception {
    String file = KeycloakServer.productionRealmJson();
    assertFalse(file.contains("\"users\""), "no users in the production realm file");
    assertFalse(file.contains("\"secret\""), "no client secret in the production realm file");
    assertFalse(file.contains("\"credentials\""), "no password in the production realm file");

    assertEquals(0, usersAfterImport, "no user after the import");
    for (JsonValue c : adminGet("/clients").asJsonArray()) {
      JsonObject client = c.asJsonObject();
      if (client.getString("clientId").startsWith("waakzaam")) {
        assertTrue(client.getBoolean("publicClient"), client.getString("clientId") + " is public");
        assertFalse(client.getBoolean("directAccessGrantsEnabled"), "no password grant");
      }
    }
    JsonObject settings = adminGet("").asJsonObject();
    assertTrue(settings.getBoolean("bruteForceProtected"), "brute-force detection on");
    assertTrue(settings.getBoolean("eventsEnabled"), "login events kept");
    assertTrue(settings.getBoolean("adminEventsEnabled"), "admin events kept");
  }

  @Test
  void thePasswordGrantIsRefusedEvenForAUserWithTheRightPassword() throws Exception {
    String user = createStaffMember();

    HttpResponse<String> token =
        http.send(
            HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=waakzaam-console&username="
                            + user
                            + "&password="
                            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(400, token.statusCode(), token.body());
    assertEquals("unauthorized_client", read(token.body()).getString("error"), token.body());
  }

  @Test
  void theLoginPageAsksEveryStaffMemberToSetUpOtpBeforeAnyToken() throws Exception {
    String user = createStaffMember();
    // Keycloak marks its cookies Secure even on http; Java's cookie handler would keep them back.
    HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
    String challenge =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    String authorize =
        realmUrl()
            + "/protocol/openid-connect/auth?client_id=waakzaam-console&response_type=code"
            + "&scope=openid&redirect_uri="
            + URLEncoder.encode("http://localhost:8080/console/", StandardCharsets.UTF_8)
            + "&code_challenge="
            + challenge
            + "&code_challenge_method=S256";
    HttpResponse<String> login =
        browser.send(
            HttpRequest.newBuilder(URI.create(authorize)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, login.statusCode(), login.body());
    Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(login.body());
    assertTrue(action.find(), "a login form");

    HttpResponse<String> afterPassword =
        browser.send(
            HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies(login))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username="
                            + user
                            + "&password="
                            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    String next = afterPassword.headers().firstValue("Location").orElse("");
    assertEquals(302, afterPassword.statusCode(), afterPassword.body());
    assertTrue(
        next.contains("required-action?execution=CONFIGURE_TOTP"),
        "after the password comes the authenticator app, not the console: " + next);
    assertFalse(next.startsWith("http://localhost:8080/console/"), "no authorization code yet");
    HttpResponse<String> setUp =
        browser.send(
            HttpRequest.newBuilder(URI.create(next))
                .header("Cookie", cookies(login) + "; " + cookies(afterPassword))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, setUp.statusCode(), setUp.body());
    assertTrue(setUp.body().contains("kc-totp-settings-form"), "the OTP set-up page");
  }

  /** The cookies {@code response} set, as a browser sends them back. */
  private static String cookies(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .map(c -> c.split(";", 2)[0])
        .collect(java.util.stream.Collectors.joining("; "));
  }

  /** A staff member as an administrator would create one: a user name and a password. */
  private String createStaffMember() throws Exception {
    String username = "medewerker-" + UUID.randomUUID().toString().substring(0, 8);
    JsonObject user =
        Json.createObjectBuilder()
            .add("username", username)
            .add("email", username + "@example.nl")
            .add("emailVerified", true)
            .add("firstName", "Test")
            .add("lastName", "Medewerker")
            .add("enabled", true)
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "password")
                            .add("value", PASSWORD)
                            .add("temporary", false)))
            .build();
    HttpResponse<String> created =
        http.send(
            adminRequest("/admin/realms/" + REALM + "/users")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(201, created.statusCode(), created.body());
    return username;
  }

  private JsonValue adminGet(String path) throws Exception {
    return adminGetStatic(path);
  }

  private static JsonValue adminGetStatic(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                adminRequest("/admin/realms/" + REALM + path).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return Json.createReader(new StringReader(response.body())).readValue();
  }

  private static HttpRequest.Builder adminRequest(String path) {
    return HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + path))
        .header("Authorization", "Bearer " + admin);
  }

  private static String realmUrl() {
    return keycloak.baseUrl() + "/realms/" + REALM;
  }

  private static JsonObject read(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
