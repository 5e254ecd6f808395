package nl.waakzaam.associations;

import static nl.waakzaam.testing.Eventually.awaitTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.waakzaam.client.ApiClient;
import nl.waakzaam.client.ApiException;
import nl.waakzaam.client.ApiResponse;
import nl.waakzaam.client.api.AssociationSignalsApi;
import nl.waakzaam.client.api.BatchesApi;
import nl.waakzaam.client.api.WebhooksApi;
import nl.waakzaam.client.model.ApproachChannel;
import nl.waakzaam.client.model.AssociationMessage;
import nl.waakzaam.client.model.AssociationMessageRequest;
import nl.waakzaam.client.model.AssociationSignal;
import nl.waakzaam.client.model.AssociationSignalPage;
import nl.waakzaam.client.model.BarnOfferAnswers;
import nl.waakzaam.client.model.BatchAnswer;
import nl.waakzaam.client.model.BatchItemResult;
import nl.waakzaam.client.model.BuildingType;
import nl.waakzaam.client.model.MentionedVehicle;
import nl.waakzaam.client.model.OfferState;
import nl.waakzaam.client.model.Problem;
import nl.waakzaam.client.model.RentPeriod;
import nl.waakzaam.client.model.Sector;
import nl.waakzaam.client.model.SignalKind;
import nl.waakzaam.client.model.SignalLocation;
import nl.waakzaam.client.model.SubmitBatchRequest;
import nl.waakzaam.client.model.SubmitBatchRequestSignalsInner;
import nl.waakzaam.client.model.SubmitSignalRequest;
import nl.waakzaam.client.model.Webhook;
import nl.waakzaam.client.model.WebhookRequest;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.TestDatabase;
import nl.waakzaam.testing.TestKeycloak;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An association integrates with nothing but the published contract: the Java client generated at
 * build time from {@code docs/api/waakzaam-openapi.json} (which {@code PublishedContractIT} holds
 * to what the server serves), its client id and secret, and the discovery URL the served document
 * names. Everything the association does here goes through that client; only staff's side of the
 * story and the database lock that holds a batch open use the test's own means.
 */
class AssociationJourneyIT extends ApiIntegrationTest {

  private static final String CLIENT = "lto-noord";
  private static final Set<Integer> INVALID = Set.of(7, 19, 42);

  /**
   * The generated client's mapper, made strict: a member the server sends that the contract does
   * not describe fails the journey instead of being dropped.
   */
  private final ObjectMapper json =
      ApiClient.createDefaultObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private final HttpClient http = HttpClient.newHttpClient();

  private TestKeycloak keycloak;
  private WebhookReceiver receiver;
  private ApiClient client;
  private String prefix;

  @BeforeEach
  void integrate() throws Exception {
    keycloak = TestKeycloak.get();
    receiver = new WebhookReceiver();
    prefix = "journey-" + UUID.randomUUID().toString().substring(0, 8);
    String token = clientCredentialsToken(CLIENT, keycloak.clientSecret(CLIENT));
    client = new ApiClient();
    client.setObjectMapper(json);
    client.updateBaseUri(base.toString().replaceAll("/$", ""));
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
  }

  @AfterEach
  void stop() throws ApiException {
    new WebhooksApi(client).deleteWebhook();
    receiver.close();
  }

  @Test
  void anAssociationIntegratesWithTheGeneratedClientAlone() throws Exception {
    BatchesApi batches = new BatchesApi(client);
    AssociationSignalsApi signals = new AssociationSignalsApi(client);

    // A webhook endpoint; its secret is shown this once.
    Webhook endpoint = new WebhooksApi(client).putWebhook(new WebhookRequest().url(receiver.url()));
    assertTrue(endpoint.getSecret().startsWith("whsec_"), endpoint::toString);
    receiver.accept(endpoint.getSecret());

    // A batch of 50, three of them without a kind: each item answered on its own.
    OffsetDateTime before = OffsetDateTime.now();
    String key = UUID.randomUUID().toString();
    SubmitBatchRequest fifty = batch(50);
    ApiResponse<BatchAnswer> first = batches.submitBatchWithHttpInfo(key, fifty);
    assertEquals(201, first.getStatusCode());
    BatchAnswer answer = first.getData();
    assertEquals(47, answer.getReceived());
    assertEquals(3, answer.getRefused());
    assertEquals(50, answer.getItems().size());
    for (BatchItemResult item : answer.getItems()) {
      assertEquals(prefix + "-" + item.getIndex(), item.getMemberReference());
      if (INVALID.contains(item.getIndex())) {
        assertEquals(BatchItemResult.OutcomeEnum.REFUSED, item.getOutcome(), item::toString);
        assertEquals("/signal/kind", item.getProblem().getViolations().get(0).getField());
        assertNull(item.getReceiptCode());
      } else {
        assertEquals(BatchItemResult.OutcomeEnum.RECEIVED, item.getOutcome(), item::toString);
        assertNotNull(item.getReference());
        assertNotNull(item.getReceiptCode());
      }
    }
    assertFalse(first.getHeaders().containsKey("idempotency-replayed"));

    // The answer was lost: the same key and body give the same answer, marked as a replay.
    ApiResponse<BatchAnswer> replay = batches.submitBatchWithHttpInfo(key, fifty);
    assertEquals(201, replay.getStatusCode());
    assertEquals(List.of("true"), replay.getHeaders().get("idempotency-replayed"));
    assertEquals(answer, replay.getData());

    // The same key with another body is the association's mistake.
    ApiException reused =
        assertThrows(ApiException.class, () -> batches.submitBatch(key, batch(49)));
    assertEquals(422, reused.getCode());
    assertEquals("urn:waakzaam:problem:idempotency-key-reused", problem(reused).getType());

    // The same key again while the first is still being stored: try again shortly.
    String busyKey = UUID.randomUUID().toString();
    SubmitBatchRequest three = batch(3);
    CompletableFuture<BatchAnswer> held;
    try (Connection hold = TestDatabase.get().connect()) {
      hold.setAutoCommit(false);
      try (Statement s = hold.createStatement()) {
        s.execute("lock table association_signal in share mode");
      }
      held = CompletableFuture.supplyAsync(() -> submitQuietly(batches, busyKey, three));
      awaitTrue(AssociationJourneyIT::aBatchIsRunning, Duration.ofSeconds(10));

      ApiException busy =
          assertThrows(ApiException.class, () -> batches.submitBatch(busyKey, three));
      assertEquals(409, busy.getCode());
      assertEquals("urn:waakzaam:problem:batch-in-progress", problem(busy).getType());
      hold.rollback();
    }
    assertEquals(3, held.get(30, TimeUnit.SECONDS).getReceived());

    // Nothing was stored twice: the association's own list holds each member's signal once.
    Map<String, AssociationSignal> mine = ownSince(signals, before);
    assertEquals(47 + 3, mine.size(), mine::toString);
    String reference = answer.getItems().get(0).getReference();
    AssociationSignal listed = mine.get(reference);
    assertEquals(SignalKind.BARN_OFFER.getValue(), listed.getKind().getValue());
    assertEquals(prefix + "-0", listed.getMemberReference());
    assertFalse(listed.getReceivedOn().isBefore(LocalDate.now().minusDays(1)));

    // Staff take it and ask the member something: a signed webhook says so.
    String staff = keycloak.userToken("coordinator.limburg");
    OffsetDateTime beforeQuestion = listed.getChangedAt();
    assertEquals(200, staff(staff, reference, "triage", null).status());
    assertEquals(
        201,
        staff(staff, reference, "questions", "{\"text\":\"Welke kleur had de bus?\"}").status());
    awaitTrue(() -> events(reference).contains("QUESTION_FOR_YOU"), Duration.ofSeconds(20));
    assertTrue(
        receiver.received().stream().allMatch(WebhookReceiver.Received::verified),
        () -> receiver.received().toString());

    AssociationSignal asked =
        signals
            .listAssociationSignals(beforeQuestion.toInstant().toString(), null, null)
            .getItems()
            .stream()
            .filter(s -> s.getReference().equals(reference))
            .findFirst()
            .orElseThrow();
    assertEquals("QUESTION_FOR_YOU", asked.getStatus());
    AssociationMessage question = asked.getMessages().get(asked.getMessages().size() - 1);
    assertEquals(AssociationMessage.FromEnum.PLATFORM, question.getFrom());
    assertEquals(AssociationMessage.KindEnum.QUESTION, question.getKind());
    assertEquals("Welke kleur had de bus?", question.getText());

    // The association answers for its member; staff have the signal back in triage.
    AssociationMessage reply =
        signals.answerForMember(
            reference, new AssociationMessageRequest().text("Wit, met een deuk in de zijdeur."));
    assertEquals(AssociationMessage.FromEnum.REPORTER, reply.getFrom());
    assertEquals(AssociationMessage.KindEnum.REPLY, reply.getKind());
    Api.Reply seen = api.get("api/v1/signals/" + reference, staff);
    assertEquals("IN_TRIAGE", seen.json().getString("status"), seen::toString);
    assertTrue(seen.body().contains("Wit, met een deuk in de zijdeur."));
    // Taken, asked, answered: three messages, the last two of them in progress again.
    awaitTrue(() -> events(reference).size() == 3, Duration.ofSeconds(20));
    assertEquals(
        Map.of("IN_PROGRESS", 2L, "QUESTION_FOR_YOU", 1L),
        events(reference).stream()
            .collect(Collectors.groupingBy(status -> status, Collectors.counting())));
  }

  /** A batch of {@code size} barn offers in Limburg, built from the contract's models. */
  private SubmitBatchRequest batch(int size) {
    SubmitBatchRequest batch = new SubmitBatchRequest();
    for (int i = 0; i < size; i++) {
      SubmitSignalRequest signal = barnOffer(i);
      if (INVALID.contains(i)) {
        signal.setKind(null);
      }
      batch.addSignalsItem(
          new SubmitBatchRequestSignalsInner().memberReference(prefix + "-" + i).signal(signal));
    }
    return batch;
  }

  private static SubmitSignalRequest barnOffer(int i) {
    return new SubmitSignalRequest()
        .kind(SignalKind.BARN_OFFER)
        .sector(Sector.AGRICULTURE)
        .location(new SignalLocation().postcode("6211").municipality("Maastricht"))
        .observedOn(LocalDate.now().minusDays(3))
        .description("Lid " + i + ": twee mannen boden contant geld voor de loods.")
        .barnOffer(
            new BarnOfferAnswers()
                .buildingType(BuildingType.SHED)
                .floorAreaSquareMetres(400)
                .offeredRentEuros(new BigDecimal("4500"))
                .rentPeriod(RentPeriod.PER_MONTH)
                .cashPayment(true)
                .approach(ApproachChannel.IN_PERSON)
                .offerState(OfferState.REFUSED))
        .addVehiclesItem(new MentionedVehicle().licencePlate("VXD-12-B").country("NL"));
  }

  /** The association's signals that changed since {@code since}, all pages followed. */
  private Map<String, AssociationSignal> ownSince(
      AssociationSignalsApi signals, OffsetDateTime since) throws ApiException {
    Map<String, AssociationSignal> found = new HashMap<>();
    String after = null;
    do {
      AssociationSignalPage page =
          signals.listAssociationSignals(since.toInstant().toString(), after, "20");
      page.getItems().stream()
          .filter(s -> s.getMemberReference() != null)
          .filter(s -> s.getMemberReference().startsWith(prefix + "-"))
          .forEach(s -> assertNull(found.put(s.getReference(), s), "listed twice: " + s));
      after = page.getNext();
    } while (after != null);
    return found;
  }

  /** The statuses the webhook messages for {@code reference} announced, one per message id. */
  private List<String> events(String reference) {
    List<String> statuses = new ArrayList<>();
    Set<String> ids = new java.util.HashSet<>();
    for (WebhookReceiver.Received got : receiver.received()) {
      if (!ids.add(got.id())) {
        continue;
      }
      try {
        JsonNode data = json.readTree(got.body()).path("data");
        if (reference.equals(data.path("reference").asText())) {
          statuses.add(data.path("status").asText());
        }
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + got.body(), e);
      }
    }
    return statuses;
  }

  private Problem problem(ApiException e) throws IOException {
    return json.readValue(e.getResponseBody(), Problem.class);
  }

  private static BatchAnswer submitQuietly(BatchesApi batches, String key, SubmitBatchRequest b) {
    try {
      return batches.submitBatch(key, b);
    } catch (ApiException e) {
      throw new IllegalStateException(e.getCode() + " " + e.getResponseBody(), e);
    }
  }

  private Api.Reply staff(String token, String reference, String action, String body) {
    return api.send(
        api.json("api/v1/signals/" + reference + "/" + action)
            .header("Authorization", "Bearer " + token)
            .POST(
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * What an integrator does: read the discovery URL from the served document's security scheme, the
   * token endpoint from the discovery document, and ask it by the client credentials grant.
   */
  private String clientCredentialsToken(String clientId, String secret) throws Exception {
    JsonNode served = getJson(URI.create(base.toString().replaceAll("/$", "") + "/openapi"));
    String discovery =
        served
            .path("components")
            .path("securitySchemes")
            .path("association")
            .path("openIdConnectUrl")
            .asText();
    String tokenEndpoint = getJson(URI.create(discovery)).path("token_endpoint").asText();
    String form =
        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret)
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer::body);
    return json.readTree(answer.body()).path("access_token").asText();
  }

  private JsonNode getJson(URI uri) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(uri).header("Accept", "application/json").GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), () -> uri + ": " + answer.body());
    return json.readTree(answer.body());
  }

  private static boolean aBatchIsRunning() {
    try {
      return TestDatabase.get()
              .number("select count(*) from association_batch where state = 'RUNNING'")
          > 0;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
