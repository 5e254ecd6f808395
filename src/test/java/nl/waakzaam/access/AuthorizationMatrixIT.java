package nl.waakzaam.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestKeycloak;
import nl.waakzaam.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every staff and association endpoint × every job, own region (or association) and another, and
 * every kind of bad token: the expected status of each cell is written down here. Tokens are signed
 * by the test with Keycloak's own signing key (the deployment trusts Keycloak's published keys and
 * nothing else), shaped as Keycloak shapes them: the job's composite role, its permissions and the
 * region group in one {@code groups} claim.
 */
class AuthorizationMatrixIT extends ApiIntegrationTest {

  /**
   * What a staff member of Limburg asks for; {@code OWN} and {@code OTHER} are signals of Limburg
   * and Oost-Brabant.
   */
  enum Target {
    QUEUE,
    SIGNAL_OWN,
    SIGNAL_OTHER,
    AUDIT,
    AUDIT_VERIFICATION,
    ATTACHMENTS_OWN,
    ORIGINAL_OWN,
    ORIGINAL_OTHER,
    SERVICE_LEVELS_OWN,
    SERVICE_LEVELS_OTHER,
    TEXTS_OWN,
    BATCH_OWN,
    BATCH_OTHER,
    ASSOCIATION_SIGNALS,
    WEBHOOK_DELIVERIES,
    STATS_OWN_SECTOR,
    STATS_OTHER_SECTOR,
    RELATED_OWN,
    RELATED_OTHER,
    LINKS_OWN,
    LINKS_OTHER,
    /** Link one's own signal to another region's: the other is not found. */
    LINK_TO_OTHER,
    /** Fold another region's signal into one's own: it is not found. */
    MERGE_OTHER,
    UNDO_MERGE_OTHER,
    ACCESS_REQUESTS,
    PARTNERS_OWN,
    PARTNERS_OTHER,
    LEGAL_BASES,
    /** The preview of a package of another region's signal: it is not found. */
    FORWARDING_PREVIEW_OTHER,
    INBOX,
    /** The signals other regions offered to one's own. */
    TRANSFERS,
    /** Offer another region's signal onward: it is not found. */
    TRANSFER_OTHER,
    /** Accept another region's signal that nobody offered: it is not found. */
    ACCEPT_TRANSFER_OTHER,
    ROUTING_RULES_OWN,
    ROUTING_RULES_OTHER,
    /** Try a draft rule on Limburg's latest signals: nothing is kept. */
    ROUTING_DRY_RUN_OWN,
    BORDER_MUNICIPALITIES_OWN,
    /** The versions of a rule that does not exist. */
    RULE_VERSIONS_UNKNOWN,
    SUGGESTION_OWN,
    SUGGESTION_OTHER,
    FORWARDING_FIGURES_OWN,
    FORWARDING_FIGURES_OTHER,
    NATIONAL_FIGURES,
    OVERDUE_PACKAGES_OWN,
    OVERDUE_PACKAGES_OTHER,
    NATIONAL_PARTNERS
  }

  /** The jobs of the realm, with the roles Keycloak puts in the token for each. */
  static final Map<String, List<String>> JOBS = new LinkedHashMap<>();

  static {
    JOBS.put("analyst", List.of("analyst", "signal:read", "signal:triage"));
    JOBS.put(
        "coordinator",
        List.of(
            "coordinator",
            "signal:read",
            "signal:triage",
            "signal:route",
            "routing:manage",
            "stats:read",
            "attachment:original",
            "texts:manage",
            "signal:share"));
    JOBS.put("auditor", List.of("auditor", "audit:read"));
    JOBS.put("association", List.of("association", "association:submit", "association:read"));
    JOBS.put(
        "admin",
        List.of(
            "admin",
            "signal:read",
            "signal:triage",
            "signal:route",
            "routing:manage",
            "partners:manage",
            "stats:read",
            "audit:read",
            "association:submit",
            "texts:manage"));
    JOBS.put("partner", List.of("partner", "package:read", "package:outcome"));
    JOBS.put("national", List.of("national", "stats:national"));
    JOBS.put("no job", List.of());
  }

  /** The national analyst reads the national figures and nothing else. */
  private static final int[] NATIONAL_ONLY =
      java.util.stream.IntStream.range(0, Target.values().length)
          .map(i -> i == Target.NATIONAL_FIGURES.ordinal() ? 200 : 403)
          .toArray();

  /** The expected status per job, in the order of {@link Target}. */
  static final Map<String, int[]> EXPECTED_BY_JOB =
      Map.of(
          "analyst",
          new int[] {
            200, 200, 404, 403, 403, 200, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403, 403,
            200, 404, 200, 404, 404, 404, 404, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403,
            403, 403, 403, 403, 200, 404, 403, 403, 403, 403, 403, 403
          },
          "coordinator",
          new int[] {
            200, 200, 404, 403, 403, 200, 200, 404, 200, 404, 200, 403, 403, 403, 403, 200, 200,
            200, 404, 200, 404, 404, 404, 404, 200, 200, 404, 200, 404, 403, 200, 404, 404, 200,
            404, 200, 200, 404, 200, 404, 200, 404, 403, 200, 404, 403
          },
          "auditor",
          new int[] {
            403, 403, 403, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403,
            403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403,
            403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403
          },
          "association",
          new int[] {
            403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 200, 404, 200, 200, 200, 403,
            403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403,
            403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403
          },
          "admin",
          new int[] {
            200, 200, 404, 200, 200, 200, 403, 403, 200, 404, 200, 403, 403, 403, 403, 200, 200,
            200, 404, 200, 404, 404, 404, 404, 403, 200, 404, 200, 404, 403, 200, 404, 404, 200,
            404, 200, 200, 404, 200, 404, 200, 404, 403, 200, 404, 200
          },
          "partner",
          new int[] {
            403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403,
            403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403, 403,
            403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403
          },
          "national",
          NATIONAL_ONLY,
          "no job",
          new int[] {
            403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403,
            403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403,
            403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403
          });

  private TestTokens tokens;
  private String own;
  private String other;
  private String ownFile;
  private String otherFile;
  private String ownBatch;
  private String otherBatch;

  @BeforeEach
  void signalsOfTwoRegions() {
    tokens = new TestTokens(TestKeycloak.get());
    own = submitAt("6211");
    other = submitAt("5712");
    ownFile = attachTo(own);
    otherFile = attachTo(other);
    ownBatch = batchOf("lto-noord");
    otherBatch = batchOf("bovag");
  }

  /** A batch of one signal from the association {@code client}, with its real token. */
  private String batchOf(String client) {
    JsonObject batch =
        Json.createObjectBuilder()
            .add(
                "signals",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("signal", Signals.general())))
            .build();
    Api.Reply reply =
        api.send(
            api.json("api/v1/batches")
                .header("Authorization", "Bearer " + TestKeycloak.get().associationToken(client))
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(batch.toString())));
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getString("id");
  }

  @Test
  void everyJobGetsWhatItsPermissionsAndRegionAllow() {
    List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (Map.Entry<String, List<String>> job : JOBS.entrySet()) {
      List<String> groups = new ArrayList<>(job.getValue());
      if (job.getKey().equals("partner")) {
        groups.add("/partners/politie-limburg");
      } else if (!job.getKey().equals("association") && !job.getKey().equals("national")) {
        groups.add("/regions/limburg");
      }
      jakarta.json.JsonObjectBuilder claims = tokens.claims("matrix-" + job.getKey(), groups);
      if (job.getKey().equals("association")) {
        // As Keycloak's mappers put them in the token of the association's own client.
        claims
            .add("association", "lto-noord")
            .add("association_name", "LTO Noord")
            .add("sectors", Json.createArrayBuilder().add("AGRICULTURE"));
      }
      String token = tokens.sign(claims.build());
      for (Target target : Target.values()) {
        int expected = EXPECTED_BY_JOB.get(job.getKey())[target.ordinal()];
        cells++;
        check(wrong, job.getKey() + " / " + target, expected, request(target, token));
      }
    }
    assertEquals(JOBS.size() * Target.values().length, cells);
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyBadTokenIsUnauthorizedEverywhere() {
    List<String> analyst = List.of("analyst", "signal:read", "audit:read", "/regions/limburg");
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("no token", null);
    bad.put(
        "expired",
        tokens.sign(
            claims(analyst, c -> c.add("exp", Instant.now().minusSeconds(600).getEpochSecond()))));
    bad.put("wrong audience", tokens.sign(claims(analyst, c -> c.add("aud", "another-api"))));
    bad.put(
        "wrong issuer",
        tokens.sign(claims(analyst, c -> c.add("iss", "http://127.0.0.1:1/realms/waakzaam"))));
    bad.put(
        "signed by another key",
        TestTokens.sign(claims(analyst, c -> c), otherKey(), TestKeycloak.get().keyId()));
    bad.put("alg none", TestTokens.unsigned(claims(analyst, c -> c)));
    bad.put("garbage", "@@@not-a-jwt@@@");
    bad.put("huge", "e".repeat(10_000) + "." + "p".repeat(10_000) + "." + "s".repeat(4_000));

    List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (Map.Entry<String, String> token : bad.entrySet()) {
      for (Target target : Target.values()) {
        cells++;
        Api.Reply reply = request(target, token.getValue());
        check(wrong, token.getKey() + " / " + target, 401, reply);
        if (reply.status() == 401) {
          assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        }
      }
    }
    assertEquals(8 * Target.values().length, cells);
    assertEquals(List.of(), wrong);
  }

  private JsonObject claims(
      List<String> groups,
      Function<jakarta.json.JsonObjectBuilder, jakarta.json.JsonObjectBuilder> change) {
    return change.apply(tokens.claims("matrix-bad", groups)).build();
  }

  private static java.security.PrivateKey otherKey() {
    try {
      java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair().getPrivate();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Api.Reply request(Target target, String token) {
    return switch (target) {
      case QUEUE -> api.get("api/v1/triage/queue", token);
      case SIGNAL_OWN -> api.get("api/v1/signals/" + own, token);
      case SIGNAL_OTHER -> api.get("api/v1/signals/" + other, token);
      case AUDIT -> api.get("api/v1/audit", token);
      case AUDIT_VERIFICATION -> api.get("api/v1/audit/verification", token);
      case ATTACHMENTS_OWN -> api.get("api/v1/signals/" + own + "/attachments", token);
      case ORIGINAL_OWN ->
          api.get("api/v1/signals/" + own + "/attachments/" + ownFile + "/original", token);
      case ORIGINAL_OTHER ->
          api.get("api/v1/signals/" + other + "/attachments/" + otherFile + "/original", token);
      case SERVICE_LEVELS_OWN -> api.get("api/v1/regions/limburg/sla", token);
      case SERVICE_LEVELS_OTHER -> api.get("api/v1/regions/oost-brabant/sla", token);
      case TEXTS_OWN -> api.get("api/v1/regions/limburg/texts", token);
      case BATCH_OWN -> api.get("api/v1/batches/" + ownBatch, token);
      case BATCH_OTHER -> api.get("api/v1/batches/" + otherBatch, token);
      case ASSOCIATION_SIGNALS -> api.get("api/v1/association/signals", token);
      case WEBHOOK_DELIVERIES -> api.get("api/v1/webhooks/deliveries", token);
      case STATS_OWN_SECTOR -> api.get("api/v1/stats/sectors/AGRICULTURE", token);
      case STATS_OTHER_SECTOR -> api.get("api/v1/stats/sectors/CAR_TRADE", token);
      case RELATED_OWN -> api.get("api/v1/signals/" + own + "/related", token);
      case RELATED_OTHER -> api.get("api/v1/signals/" + other + "/related", token);
      case LINKS_OWN -> api.get("api/v1/signals/" + own + "/links", token);
      case LINKS_OTHER -> api.get("api/v1/signals/" + other + "/links", token);
      case LINK_TO_OTHER ->
          api.post(
              "api/v1/signals/" + own + "/links",
              Json.createObjectBuilder().add("signal", other).add("reason", "dezelfde man").build(),
              token);
      case MERGE_OTHER ->
          api.post(
              "api/v1/signals/" + other + "/merge",
              Json.createObjectBuilder().add("into", own).add("reason", "dubbel").build(),
              token);
      case UNDO_MERGE_OTHER -> api.delete("api/v1/signals/" + other + "/merge", token);
      case ACCESS_REQUESTS -> api.get("api/v1/access-requests", token);
      case PARTNERS_OWN -> api.get("api/v1/regions/limburg/partners", token);
      case PARTNERS_OTHER -> api.get("api/v1/regions/oost-brabant/partners", token);
      case LEGAL_BASES -> api.get("api/v1/legal-bases", token);
      case FORWARDING_PREVIEW_OTHER ->
          api.post(
              "api/v1/signals/" + other + "/forwardings/preview",
              Json.createObjectBuilder()
                  .add(
                      "partners",
                      Json.createArrayBuilder()
                          .add(
                              Json.createObjectBuilder()
                                  .add("organisation", "politie-oost-brabant")
                                  .add("legalBasis", "RIEC_COVENANT")))
                  .build(),
              token);
      case INBOX -> api.get("api/v1/inbox", token);
      case TRANSFERS -> api.get("api/v1/transfers", token);
      case ROUTING_RULES_OWN -> api.get("api/v1/regions/limburg/routing-rules", token);
      case ROUTING_RULES_OTHER -> api.get("api/v1/regions/oost-brabant/routing-rules", token);
      case ROUTING_DRY_RUN_OWN ->
          api.post(
              "api/v1/regions/limburg/routing-rules/dry-run",
              Json.createObjectBuilder()
                  .add("when", Json.createObjectBuilder())
                  .add("suggests", Json.createObjectBuilder().add("text", "Bespreken."))
                  .build(),
              token);
      case BORDER_MUNICIPALITIES_OWN ->
          api.get("api/v1/regions/limburg/border-municipalities", token);
      case RULE_VERSIONS_UNKNOWN ->
          api.get("api/v1/routing-rules/" + java.util.UUID.randomUUID() + "/versions", token);
      case SUGGESTION_OWN -> api.get("api/v1/signals/" + own + "/routing-suggestion", token);
      case SUGGESTION_OTHER -> api.get("api/v1/signals/" + other + "/routing-suggestion", token);
      case FORWARDING_FIGURES_OWN -> api.get("api/v1/regions/limburg/forwarding-figures", token);
      case FORWARDING_FIGURES_OTHER ->
          api.get("api/v1/regions/oost-brabant/forwarding-figures", token);
      case NATIONAL_FIGURES -> api.get("api/v1/stats/forwarding", token);
      case OVERDUE_PACKAGES_OWN -> api.get("api/v1/regions/limburg/overdue-packages", token);
      case OVERDUE_PACKAGES_OTHER -> api.get("api/v1/regions/oost-brabant/overdue-packages", token);
      case NATIONAL_PARTNERS -> api.get("api/v1/partners", token);
      case TRANSFER_OTHER ->
          api.post(
              "api/v1/signals/" + other + "/transfer",
              Json.createObjectBuilder().add("region", "limburg").add("reason", "hier").build(),
              token);
      case ACCEPT_TRANSFER_OTHER ->
          api.post(
              "api/v1/signals/" + other + "/transfer/acceptance",
              Json.createObjectBuilder().build(),
              token);
    };
  }

  private static void check(List<String> wrong, String cell, int expected, Api.Reply reply) {
    if (reply.status() != expected) {
      wrong.add(cell + ": expected " + expected + ", got " + reply);
    }
  }

  /** A reporter's text file on the signal; its id. */
  private String attachTo(String reference) {
    Api.Reply reply =
        api.upload(
            "api/v1/signals/" + reference + "/attachments",
            "FollowUp " + followUpTokens.get(reference),
            "notitie.txt",
            "text/plain",
            "Een busje zonder kenteken".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(202, reply.status(), reply::toString);
    return reply.json().getString("id");
  }

  private final Map<String, String> followUpTokens = new java.util.HashMap<>();

  private String submitAt(String postcode) {
    JsonObject signal =
        Json.createObjectBuilder(Signals.general().build())
            .add("location", Json.createObjectBuilder().add("postcode", postcode))
            .build();
    Api.Reply reply = api.post("api/v1/signals", signal);
    assertEquals(201, reply.status(), reply::toString);
    String reference = reply.json().getString("reference");
    Api.Reply session =
        api.post(
            "api/v1/followup",
            Json.createObjectBuilder()
                .add("receiptCode", reply.json().getString("receiptCode"))
                .build());
    assertEquals(200, session.status(), session::toString);
    followUpTokens.put(reference, session.json().getString("token"));
    return reference;
  }
}
