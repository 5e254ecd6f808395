package nl.waakzaam.associations;

import static nl.waakzaam.testing.Eventually.awaitTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.TestKeycloak;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end: staff change an association's signal, the outbox row commits with the
 * change, the worker delivers it to a receiver in the test JVM, and the Standard Webhooks project's
 * own library verifies the signature. Under a receiver that fails at random and one that hangs,
 * every change arrives, each under its own id.
 */
class WebhooksIT extends ApiIntegrationTest {

  private TestKeycloak keycloak;
  private String staff;
  private WebhookReceiver receiver;
  private String association;
  private String token;

  @BeforeEach
  void receiver() {
    keycloak = TestKeycloak.get();
    staff = keycloak.userToken("coordinator.limburg");
    receiver = new WebhookReceiver();
  }

  @AfterEach
  void stop() {
    if (token != null) {
      assertEquals(204, api.send(authorized("api/v1/webhooks", token).DELETE()).status());
    }
    receiver.close();
  }

  @Test
  void aChangeTheMemberWouldSeeReachesTheReceiverSignedAsStandardWebhooksSays() {
    use("lto-noord");
    String secret = register(receiver.url());
    receiver.accept(secret);
    List<String> references = submit(2);

    take(references.get(0));

    awaitReceived(1, Duration.ofSeconds(20));
    WebhookReceiver.Received got = receiver.received().get(0);
    assertTrue(got.verified(), got::toString);
    assertTrue(got.id().startsWith("msg_"), got::toString);
    JsonObject payload = Json.createReader(new StringReader(got.body())).readObject();
    assertEquals("signal.status_changed", payload.getString("type"));
    assertEquals(references.get(0), payload.getJsonObject("data").getString("reference"));
    assertEquals("IN_PROGRESS", payload.getJsonObject("data").getString("status"));
    assertTrue(payload.getJsonObject("data").getString("memberReference").startsWith("hook-"));

    // The delivery log says so, with the attempt.
    awaitTrue(
        () -> deliveries().get(0).getString("state").equals("DELIVERED"), Duration.ofSeconds(10));
    JsonObject logged = deliveries().get(0);
    assertEquals(got.id(), logged.getString("id"));
    assertEquals(204, logged.getJsonArray("history").getJsonObject(0).getInt("status"));

    // Redelivery sends the same message, under the same id, again.
    assertEquals(
        202,
        api.send(
                authorized("api/v1/webhooks/deliveries/" + got.id() + "/redelivery", token)
                    .POST(HttpRequest.BodyPublishers.noBody()))
            .status());
    awaitTrue(() -> receiver.attemptsOf(got.id()) == 2, Duration.ofSeconds(20));
  }

  @Test
  void underAReceiverThatFailsAtRandomAndHangsEveryChangeArrivesUnderItsOwnId() {
    use("bovag");
    receiver.accept(register(receiver.url()));
    Set<String> hung = java.util.concurrent.ConcurrentHashMap.newKeySet();
    receiver.answer(
        r -> {
          if (hung.isEmpty() && hung.add(r.id())) {
            return 0; // the first message hangs past the sender's time limit
          }
          return ThreadLocalRandom.current().nextDouble() < 0.3 ? 503 : 200;
        });
    int changes = 1_000;
    List<String> references = new ArrayList<>(submit(500));
    references.addAll(submit(500));

    // Staff take them into triage four at a time: 1,000 status changes, 1,000 messages.
    ExecutorService staffDesks = Executors.newFixedThreadPool(4);
    try {
      CompletableFuture.allOf(
              references.stream()
                  .map(r -> CompletableFuture.runAsync(() -> take(r), staffDesks))
                  .toArray(CompletableFuture[]::new))
          .join();
    } finally {
      staffDesks.shutdown();
    }

    awaitTrue(() -> receiver.acknowledged().size() == changes, Duration.ofSeconds(240));
    assertEquals(changes, receiver.acknowledged().size());
    // The platform's log agrees: its latest 200 messages are all delivered.
    awaitTrue(
        () -> deliveries().stream().allMatch(d -> d.getString("state").equals("DELIVERED")),
        Duration.ofSeconds(10));
    List<WebhookReceiver.Received> all = receiver.received();
    assertTrue(all.stream().allMatch(WebhookReceiver.Received::verified));
    Set<String> told =
        all.stream()
            .map(r -> Json.createReader(new StringReader(r.body())).readObject())
            .map(p -> p.getJsonObject("data").getString("reference"))
            .collect(Collectors.toSet());
    assertEquals(new HashSet<>(references), told);
    // Retries were spaced: never two attempts of one message closer than half the first wait.
    Map<String, List<WebhookReceiver.Received>> byId =
        all.stream().collect(Collectors.groupingBy(WebhookReceiver.Received::id));
    int retried = 0;
    for (List<WebhookReceiver.Received> attempts : byId.values()) {
      for (int i = 1; i < attempts.size(); i++) {
        retried++;
        Duration gap = Duration.between(attempts.get(i - 1).at(), attempts.get(i).at());
        assertTrue(gap.toMillis() >= 100, () -> "retried after " + gap);
      }
    }
    assertTrue(retried > 0, "some messages were retried");
  }

  @Test
  void aRotatedSecretSignsBesideTheOldOneAndA410DisablesTheEndpoint() {
    use("hiswa-recron");
    String old = register(receiver.url());
    Api.Reply rotation =
        api.send(
            authorized("api/v1/webhooks/secret-rotation", token)
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, rotation.status(), rotation::toString);
    String fresh = rotation.json().getString("secret");
    assertFalse(fresh.equals(old));
    receiver.accept(old, fresh);
    receiver.answer(r -> 410);
    List<String> references = submit(2);

    take(references.get(0));

    awaitReceived(1, Duration.ofSeconds(20));
    WebhookReceiver.Received got = receiver.received().get(0);
    assertTrue(got.verified(), "both secrets verify: " + got);
    assertEquals(2, got.signature().split(" ").length, got::toString);
    awaitTrue(() -> !endpoint().getBoolean("enabled"), Duration.ofSeconds(10));
    assertTrue(endpoint().getString("disabledReason").contains("410"));
    // Disabled: the next change is no message at all.
    take(references.get(1));
    assertEquals(1, deliveries().size());
  }

  @Test
  void onlyHttpsOnThePublicInternetIsAccepted() {
    use("lto-noord");
    for (String url :
        List.of(
            "http://example.org/hook",
            "https://10.1.2.3/hook",
            "https://192.168.0.10/hook",
            "https://[fd00::1]/hook",
            "https://169.254.169.254/latest/meta-data",
            "https://user:secret@example.org/hook",
            "ftp://example.org/hook",
            "not a url")) {
      Api.Reply refused = put(url);
      assertEquals(422, refused.status(), () -> url + ": " + refused);
    }
    Api.Reply refused = put("https://10.1.2.3/hook");
    assertEquals("urn:waakzaam:problem:webhook-target-refused", refused.json().getString("type"));
    Api.Reply allowed = put("https://hooks.example.org/waakzaam");
    assertEquals(200, allowed.status(), allowed::toString);
    assertTrue(allowed.json().getString("secret").startsWith("whsec_"));
    assertFalse(endpoint().containsKey("secret"));
  }

  @Test
  void anAssociationSeesAndRedeliversOnlyItsOwnMessages() {
    use("lto-noord");
    receiver.accept(register(receiver.url()));
    take(submit(1).get(0));
    awaitReceived(1, Duration.ofSeconds(20));
    String id = receiver.received().get(0).id();
    String bovag = keycloak.associationToken("bovag");

    Api.Reply theirs = api.get("api/v1/webhooks/deliveries", bovag);
    assertFalse(theirs.body().contains(id));
    Api.Reply redeliver =
        api.send(
            authorized("api/v1/webhooks/deliveries/" + id + "/redelivery", bovag)
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(404, redeliver.status(), redeliver::toString);
    assertEquals(403, api.get("api/v1/webhooks/deliveries", staff).status());
  }

  private void use(String client) {
    association = client;
    token = keycloak.associationToken(client);
  }

  private String register(String url) {
    Api.Reply reply = put(url);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json().getString("secret");
  }

  private Api.Reply put(String url) {
    return api.send(
        authorized("api/v1/webhooks", token)
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    Json.createObjectBuilder().add("url", url).build().toString())));
  }

  private JsonObject endpoint() {
    return api.get("api/v1/webhooks", token).json();
  }

  private List<JsonObject> deliveries() {
    return api.get("api/v1/webhooks/deliveries?limit=200", token)
        .jsonArray()
        .getValuesAs(JsonObject.class);
  }

  /** The ids of the association's messages the receiver took, by the platform's own log. */
  private Set<String> delivered() {
    return deliveries().stream()
        .filter(d -> d.getString("state").equals("DELIVERED"))
        .map(d -> d.getString("id"))
        .collect(Collectors.toSet());
  }

  private List<String> submit(int size) {
    Api.Reply reply =
        Batches.submit(
            api,
            token,
            UUID.randomUUID().toString(),
            Batches.batch(size, Set.of(), "hook-" + association).toString());
    assertEquals(201, reply.status(), reply::toString);
    List<String> references = new ArrayList<>();
    reply
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .forEach(i -> references.add(i.getString("reference")));
    return references;
  }

  private void take(String reference) {
    Api.Reply taken =
        api.send(
            authorized("api/v1/signals/" + reference + "/triage", staff)
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(200, taken.status(), taken::toString);
  }

  private HttpRequest.Builder authorized(String path, String bearer) {
    return api.json(path).header("Authorization", "Bearer " + bearer);
  }

  private void awaitReceived(int count, Duration within) {
    awaitTrue(() -> receiver.received().size() >= count, within);
  }
}
