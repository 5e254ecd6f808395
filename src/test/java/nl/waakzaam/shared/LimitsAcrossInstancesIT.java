package nl.waakzaam.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.FormFields;
import nl.waakzaam.testing.SecondInstance;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the application on one database, as behind a load balancer: limits and sessions
 * hold across both ({@link SecondInstance}). Both trust 127.0.0.1 as their proxy (see
 * SharedPayaraMicroContainer), so each test speaks for clients of its own through {@code
 * X-Forwarded-For}. The second instance allows 100 submissions per client per hour, the first
 * (shared by all tests) far more; both allow 5 wrong codes per client and 40 of everyone per
 * window.
 */
class LimitsAcrossInstancesIT extends ApiIntegrationTest {

  private static final int SUBMISSIONS_PER_HOUR = SecondInstance.SUBMISSIONS_PER_HOUR;

  private Api one;
  private Api two;

  @BeforeEach
  void bothInstances() {
    one = api;
    two = SecondInstance.api();
  }

  @AfterEach
  void forgetTheCounts() throws SQLException {
    // Every test uses clients of its own; this keeps everyone's total from weighing on the others.
    try (Connection owner = TestDatabase.get().connectAsOwner();
        Statement statement = owner.createStatement()) {
      statement.execute("delete from rate_limit_bucket");
    }
  }

  @Test
  void wrongCodesSpreadOverBothInstancesCountOnce() {
    String client = "198.51.100.11";
    for (Api instance : List.of(one, two, one, two, one)) {
      assertEquals(401, open(instance, client, wrongCode()).status());
    }

    Api.Reply onOne = open(one, client, wrongCode());
    Api.Reply onTwo = open(two, client, wrongCode());

    assertEquals(429, onOne.status(), "five wrong codes over two instances are five: " + onOne);
    assertEquals(429, onTwo.status(), onTwo::toString);
    assertEquals("urn:waakzaam:problem:too-many-attempts", onTwo.json().getString("type"));
    assertTrue(Long.parseLong(onTwo.header("Retry-After")) >= 1);
    assertEquals(
        401,
        open(two, "198.51.100.12", wrongCode()).status(),
        "another client is not held back by one that guesses");
  }

  @Test
  void aRightCodeStillOpensWhileEveryonesWrongCodesAreUsedUp() {
    String rightCode = submit(one, "198.51.100.20").getString("receiptCode");
    // Forty wrong codes of everyone, two from each of twenty clients, over both instances.
    for (int client = 0; client < 20; client++) {
      for (Api instance : List.of(one, two)) {
        Api.Reply wrong = open(instance, "198.51.100." + (100 + client), wrongCode());
        assertEquals(401, wrong.status(), wrong::toString);
      }
    }

    Api.Reply guesser = open(two, "198.51.100.100", wrongCode());
    Api.Reply reporter = open(two, "198.51.100.21", rightCode);

    assertEquals(
        429,
        guesser.status(),
        "under pressure a client gets two wrong codes, not five: everyone's total is used up");
    assertEquals(200, reporter.status(), "the reporter with the right code gets in: " + reporter);
  }

  @Test
  void leavingOnOneInstanceEndsTheSessionOnBoth() {
    String code = submit(one, "198.51.100.30").getString("receiptCode");
    Api.Reply opened = open(one, "198.51.100.30", code);
    assertEquals(200, opened.status(), opened::toString);
    String token = opened.json().getString("token");
    String earlier = open(two, "198.51.100.30", code).json().getString("token");
    assertEquals(200, view(two, token).status(), "a session opened on one is open on the other");

    Api.Reply leave =
        two.send(two.json("api/v1/followup").header("Authorization", "FollowUp " + token).DELETE());

    assertEquals(204, leave.status(), leave::toString);
    assertEquals(401, view(one, token).status(), "ended on the other instance too");
    assertEquals(401, view(one, earlier).status(), "Afmelden ends every session of the signal");
  }

  @Test
  void aThousandSubmissionsFromOneAddressInAMinuteAreCutOffAtTheLimitAndNothingAcknowledgedIsLost()
      throws Exception {
    String flooder = "203.0.113.50";
    long before = TestDatabase.get().count("signal");
    List<Future<Api.Reply>> replies = new ArrayList<>();
    long started = System.nanoTime();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      for (int i = 0; i < 1_000; i++) {
        replies.add(clients.submit(() -> submitReply(two, flooder)));
      }
      int accepted = 0;
      int refused = 0;
      for (Future<Api.Reply> reply : replies) {
        Api.Reply r = reply.get();
        if (r.status() == 201) {
          accepted++;
        } else {
          assertEquals(429, r.status(), r::toString);
          assertEquals("urn:waakzaam:problem:too-many-submissions", r.json().getString("type"));
          long wait = Long.parseLong(r.header("Retry-After"));
          assertTrue(wait >= 1 && wait <= 3_600, "Retry-After " + wait);
          refused++;
        }
      }
      long seconds = (System.nanoTime() - started) / 1_000_000_000L;
      System.out.println(
          "[waakzaam] 1000 submissions from one address in "
              + seconds
              + " s: "
              + accepted
              + " accepted, "
              + refused
              + " refused");

      assertTrue(seconds < 60, "the flood took " + seconds + " s, not under a minute");
      assertEquals(SUBMISSIONS_PER_HOUR, accepted, "exactly the limit, never more");
      assertEquals(
          before + accepted,
          TestDatabase.get().count("signal"),
          "every acknowledged signal is stored, no refused one");
    } finally {
      clients.shutdownNow();
    }
    Api.Reply neighbour = submitReply(two, "203.0.113.51");
    assertEquals(201, neighbour.status(), "another address is not affected: " + neighbour);
  }

  @Test
  void theFormsSayInDutchThatTheLimitIsReachedAndKeepTheAnswers() throws Exception {
    String client = "203.0.113.60";
    for (int i = 0; i < SUBMISSIONS_PER_HOUR; i++) {
      assertEquals(201, submitReply(two, client).status());
    }
    String origin = SecondInstance.get().baseUrl();
    HttpClient browser = HttpClient.newHttpClient();
    Map<String, String> fields = new LinkedHashMap<>();
    String page =
        browser
            .send(
                HttpRequest.newBuilder(URI.create(origin + "/melden/ondernemer"))
                    .header("X-Forwarded-For", client)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    fields.putAll(FormFields.hidden(page));
    fields.put("general.suspicion", "LARGE_CASH_PAYMENT");
    fields.put("general.whatHappened", "Klant wilde een auto contant betalen.");
    fields.put("sector", "CAR_TRADE");
    fields.put("location.postcode", "5911");
    HttpResponse<String> answer = null;
    for (String action : List.of("next", "next", "next", "send")) {
      fields.put("action", action);
      String body =
          fields.entrySet().stream()
              .map(
                  e ->
                      URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      answer =
          browser.send(
              HttpRequest.newBuilder(URI.create(origin + "/melden/ondernemer"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Origin", origin)
                  .header("X-Forwarded-For", client)
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      fields.putAll(FormFields.hidden(answer.body()));
    }

    assertEquals(200, answer.statusCode());
    assertTrue(
        answer
            .body()
            .contains("Vanaf deze verbinding zijn het afgelopen uur veel meldingen gedaan"),
        answer.body());
    assertTrue(answer.body().contains("Klant wilde een auto contant betalen."), "answers kept");
    assertTrue(!answer.body().contains("waakzaam-receipt__code"), "no receipt: nothing stored");
  }

  private static Api.Reply open(Api instance, String client, String code) {
    return instance.send(
        instance
            .json("api/v1/followup")
            .header("X-Forwarded-For", client)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    Json.createObjectBuilder().add("receiptCode", code).build().toString())));
  }

  private static Api.Reply view(Api instance, String token) {
    return instance.send(
        instance.json("api/v1/followup/signal").header("Authorization", "FollowUp " + token).GET());
  }

  private static JsonObject submit(Api instance, String client) {
    Api.Reply reply = submitReply(instance, client);
    assertEquals(201, reply.status(), reply::toString);
    return reply.json();
  }

  private static Api.Reply submitReply(Api instance, String client) {
    return instance.send(
        instance
            .json("api/v1/signals")
            .header("X-Forwarded-For", client)
            .POST(HttpRequest.BodyPublishers.ofString(Signals.barnOffer().build().toString())));
  }

  private static String wrongCode() {
    StringBuilder code = new StringBuilder();
    String alphabet = "ABCDEFGHJKMNPQRSTVWXYZ0123456789";
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int group = 0; group < 5; group++) {
      if (group > 0) {
        code.append('-');
      }
      for (int i = 0; i < 4; i++) {
        code.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
    }
    return code.toString();
  }
}
