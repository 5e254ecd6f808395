package nl.waakzaam.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestDatabase;
import nl.waakzaam.testing.TestKeycloak;
import nl.waakzaam.testing.TestMail;
import nl.waakzaam.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What staff decide about a signal through the API: assign, classify, the traceability check,
 * route, close with the text the reporter reads; and what follows: the clocks, the unread reply,
 * the content-free notice by e-mail. Each step is one transaction with a history event and an audit
 * record; a step the signal does not allow is 409 and changes nothing.
 */
class TriageDecisionsIT extends ApiIntegrationTest {

  private TestTokens tokens;
  private String email;
  private String reference;
  private String followUp;

  @BeforeEach
  void aSignalOfLimburgWhoseReporterLeftAnAddress() {
    tokens = new TestTokens(TestKeycloak.get());
    email = "melder-" + UUID.randomUUID() + "@example.nl";
    submit(true);
  }

  @Test
  void assigningNeedsAColleagueOfTheRegion() {
    Api.Reply toSelf = put("assignee", "{\"assignee\":\"analyst-limburg\"}", analyst());
    Api.Reply toStranger = put("assignee", "{\"assignee\":\"nobody.known\"}", analyst());
    // A colleague becomes known by opening the queue.
    assertEquals(200, api.get("api/v1/triage/queue?limit=1", colleague()).status());
    Api.Reply toColleague = put("assignee", "{\"assignee\":\"collega-limburg\"}", analyst());
    Api.Reply colleagues = api.get("api/v1/triage/staff", analyst());

    assertEquals(200, toSelf.status(), toSelf::toString);
    assertEquals(422, toStranger.status(), toStranger::toString);
    assertEquals("urn:waakzaam:problem:assignee-unknown", toStranger.json().getString("type"));
    assertEquals(200, toColleague.status(), toColleague::toString);
    assertTrue(colleagues.body().contains("collega-limburg"), colleagues::toString);
    JsonObject handling = staffView().getJsonObject("handling");
    assertEquals("collega-limburg", handling.getString("assignee"));
    assertEquals(2, audited("SIGNAL_ASSIGNED"));
    assertEquals(
        List.of("STATUS_CHANGED", "ASSIGNED", "ASSIGNED"),
        events(staffView().getJsonArray("history")));
  }

  @Test
  void whoeverTakesASignalIntoTriageHandlesItUnlessAColleagueDoesAlready() {
    assertEquals(200, post("triage", "", analyst()).status());
    assertEquals("analyst-limburg", staffView().getJsonObject("handling").getString("assignee"));
    assertEquals(
        List.of("STATUS_CHANGED", "STATUS_CHANGED", "ASSIGNED"),
        events(staffView().getJsonArray("history")));

    submit(false);
    assertEquals(200, api.get("api/v1/triage/queue?limit=1", colleague()).status());
    assertEquals(200, put("assignee", "{\"assignee\":\"collega-limburg\"}", analyst()).status());
    assertEquals(200, post("triage", "", analyst()).status());
    assertEquals("collega-limburg", staffView().getJsonObject("handling").getString("assignee"));
    assertEquals(1, audited("SIGNAL_ASSIGNED"), "only the colleague's assignment");
  }

  @Test
  void classifyingSetsCategoryPriorityAndTheClockWithAReason() {
    JsonObject before = staffView().getJsonObject("handling");
    Api.Reply noReason =
        put("classification", "{\"category\":\"FRAUD\",\"priority\":\"HIGH\"}", analyst());
    Api.Reply badChoice =
        put(
            "classification",
            "{\"category\":\"GOSSIP\",\"priority\":\"HIGH\",\"reason\":\"x\"}",
            analyst());
    Api.Reply urgent =
        put(
            "classification",
            "{\"category\":\"DRUG_PRODUCTION\",\"priority\":\"URGENT\","
                + "\"reason\":\"Contante huur, afgeplakte ramen.\"}",
            analyst());

    assertEquals(422, noReason.status(), noReason::toString);
    assertEquals(422, badChoice.status(), badChoice::toString);
    assertEquals(200, urgent.status(), urgent::toString);
    JsonObject after = staffView().getJsonObject("handling");
    assertEquals("NORMAL", before.getString("priority"));
    assertEquals("URGENT", after.getString("priority"));
    assertEquals("DRUG_PRODUCTION", after.getString("category"));
    assertTrue(
        after.getString("firstFeedbackDue").compareTo(before.getString("firstFeedbackDue")) < 0,
        "an urgent signal must be answered sooner: " + before + " / " + after);
    assertEquals(1, audited("SIGNAL_CLASSIFIED"));
  }

  @Test
  void noSignalIsForwardedBeforeTheTraceabilityCheck() {
    String coordinator = coordinator();
    assertEquals(200, post("triage", "", analyst()).status());
    Api.Reply earlyRoute = post("forwardings", forwarding("politie-limburg"), coordinator);
    Api.Reply earlyClose =
        post("closure", "{\"outcome\":\"FORWARDED\",\"outcomeText\":\"Doorgestuurd.\"}", analyst());
    Api.Reply vague = put("traceability", "{\"identifying\":true}", analyst());
    Api.Reply withoutParts =
        put(
            "traceability",
            "{\"identifying\":true,\"withhold\":\"De datum van het gesprek.\"}",
            analyst());
    Api.Reply partsWithoutIdentifying =
        put("traceability", "{\"identifying\":false,\"withheldParts\":[\"ADDRESS\"]}", analyst());
    Api.Reply checked =
        put(
            "traceability",
            "{\"identifying\":true,\"withhold\":\"De datum van het gesprek.\","
                + "\"withheldParts\":[\"OBSERVED_AT\"]}",
            analyst());
    Api.Reply closedUnrouted =
        post("closure", "{\"outcome\":\"FORWARDED\",\"outcomeText\":\"Doorgestuurd.\"}", analyst());
    Api.Reply analystRoutes = post("forwardings", forwarding("politie-limburg"), analyst());
    Api.Reply routed =
        post("forwardings", forwarding("politie-limburg", "riec-limburg"), coordinator);

    assertEquals(409, earlyRoute.status(), earlyRoute::toString);
    assertEquals(
        "urn:waakzaam:problem:traceability-check-missing", earlyRoute.json().getString("type"));
    assertEquals(409, earlyClose.status(), earlyClose::toString);
    assertEquals(422, vague.status(), vague::toString);
    assertTrue(vague.violations().containsKey("/withhold"), vague::toString);
    assertTrue(vague.violations().containsKey("/withheldParts"), vague::toString);
    assertEquals(422, withoutParts.status(), withoutParts::toString);
    assertEquals(
        "Kies welke delen partners niet krijgen als de melding de melder kan herleiden.",
        withoutParts.violations().get("/withheldParts"));
    assertEquals(422, partsWithoutIdentifying.status(), partsWithoutIdentifying::toString);
    assertEquals(200, checked.status(), checked::toString);
    assertEquals(409, closedUnrouted.status(), "forwarded, but to no one: " + closedUnrouted);
    assertEquals("urn:waakzaam:problem:routing-missing", closedUnrouted.json().getString("type"));
    assertEquals(403, analystRoutes.status(), "routing is the coordinator's: " + analystRoutes);
    assertEquals(201, routed.status(), routed::toString);
    assertEquals("ROUTED", staffView().getString("status"));
    JsonObject handling = staffView().getJsonObject("handling");
    assertEquals(true, handling.getJsonObject("traceability").getBoolean("identifying"));
    assertEquals(
        "De datum van het gesprek.", handling.getJsonObject("traceability").getString("withhold"));
    assertEquals(List.of("POLICE", "RIEC"), strings(handling.getJsonArray("routedTo")));
    assertNotNull(handling.getString("decidedAt"));
    assertEquals("NONE", handling.getString("sla"), "decided: no clock runs");
    assertEquals(1, audited("TRACEABILITY_CHECKED"));
    assertEquals(2, audited("SIGNAL_FORWARDED"), "one package per partner");
  }

  @Test
  void theReporterReadsTheOutcomeTextAndGetsOneContentFreeNotice() throws Exception {
    Api.Reply asked = post("questions", "{\"text\":\"Welke dag was dit?\"}", analyst());
    Api.Reply told = post("messages", "{\"text\":\"We kijken er nog naar.\"}", analyst());
    assertEquals(201, asked.status(), asked::toString);
    assertEquals(201, told.status(), told::toString);

    List<MimeMessage> mails = TestMail.get().awaitTo(email, 1, Duration.ofSeconds(10));
    Thread.sleep(1_000); // a second notice would have come by now
    mails = TestMail.get().to(email);
    assertEquals(1, mails.size(), "two pieces of news before the reporter looked: one notice");
    MimeMessage mail = mails.get(0);
    String subject = mail.getSubject();
    String body = ((String) mail.getContent());
    assertEquals("Er is nieuws over uw melding", subject);
    assertFalse(subject.toLowerCase().contains("waakzaam"), "no platform name in the subject");
    assertFalse(body.contains(reference), "no reference in the mail");
    assertFalse(body.contains("Welke dag"), "no content in the mail");
    assertTrue(body.contains("/opvolgen"), body);

    Api.Reply reply = reporterWrites("Het was dinsdag.");
    assertEquals(201, reply.status(), reply::toString);
    JsonObject queued = queueItem();
    assertEquals(true, queued.getBoolean("unread"), queued::toString);
    assertEquals("IN_TRIAGE", queued.getString("status"));
    JsonObject opened = staffView();
    assertEquals(true, opened.getJsonObject("handling").getBoolean("unread"));
    assertEquals(false, queueItem().getBoolean("unread"), "opened by staff: read");

    Api.Reply closed =
        post(
            "closure",
            "{\"outcome\":\"ADVICE_GIVEN\",\"outcomeText\":\"Ga niet in op het aanbod.\"}",
            analyst());
    assertEquals(200, closed.status(), closed::toString);
    JsonObject seen = reporter("api/v1/followup/signal");
    assertEquals("ADVICE_GIVEN", seen.getString("outcome"));
    assertEquals("Ga niet in op het aanbod.", seen.getString("outcomeText"));
    assertEquals(
        2,
        TestMail.get().awaitTo(email, 2, Duration.ofSeconds(10)).size(),
        "the reporter looked since the first notice: the outcome is noticed again");
    Api.Reply closedAgain =
        post("closure", "{\"outcome\":\"NO_ACTION\",\"outcomeText\":\"Nog eens.\"}", analyst());
    assertEquals(409, closedAgain.status(), closedAgain::toString);
    assertEquals(1, audited("SIGNAL_CLOSED"));
  }

  @Test
  void anAnonymousReporterGetsNoMail() throws Exception {
    submit(false);
    int before = TestMail.get().received().size();
    assertEquals(201, post("questions", "{\"text\":\"Wanneer?\"}", analyst()).status());
    Thread.sleep(1_500);
    assertEquals(before, TestMail.get().received().size());
  }

  @Test
  void twoAnalystsChangingOneSignalAtOnceActOneAfterTheOther() throws Exception {
    String token = analyst();
    java.util.List<java.util.concurrent.CompletableFuture<Api.Reply>> answers =
        new java.util.ArrayList<>();
    for (String priority : List.of("LOW", "HIGH", "URGENT", "LOW", "HIGH", "URGENT")) {
      answers.add(
          java.util.concurrent.CompletableFuture.supplyAsync(
              () ->
                  put(
                      "classification",
                      "{\"category\":\"FRAUD\",\"priority\":\""
                          + priority
                          + "\",\"reason\":\"Tegelijk.\"}",
                      token)));
    }
    List<Api.Reply> replies =
        answers.stream().map(java.util.concurrent.CompletableFuture::join).toList();

    // The lock on the signal serialises them: each one acts on what the one before left.
    for (Api.Reply reply : replies) {
      assertEquals(200, reply.status(), reply::toString);
    }
    long classified =
        events(staffView().getJsonArray("history")).stream().filter("CLASSIFIED"::equals).count();
    assertEquals(replies.size(), classified, "one history event per classification");
    assertEquals(replies.size(), audited("SIGNAL_CLASSIFIED"), "one audit record per one");
  }

  @Test
  void theSignalOffersTheActionsItsStatusAndTheCallersPermissionsAllow() {
    String reader =
        tokens.sign(tokens.claims("lezer", List.of("signal:read", "/regions/limburg")).build());
    List<String> whenReceived =
        List.of(
            "TAKE_INTO_TRIAGE",
            "ASSIGN",
            "CLASSIFY",
            "CHECK_TRACEABILITY",
            "ASK",
            "INFORM",
            "REJECT",
            "MERGE");

    assertEquals(whenReceived, strings(staffView().getJsonArray("allowedActions")));
    List<String> forCoordinator = new java.util.ArrayList<>(whenReceived);
    forCoordinator.add("TRANSFER"); // handing it to another region is a coordinator's decision
    assertEquals(
        forCoordinator,
        strings(
            api.get("api/v1/signals/" + reference, coordinator())
                .json()
                .getJsonArray("allowedActions")),
        "routing needs a signal in triage");
    assertEquals(
        List.of(),
        strings(
            api.get("api/v1/signals/" + reference, reader).json().getJsonArray("allowedActions")));

    assertEquals(200, post("triage", "", analyst()).status());
    assertEquals(200, put("traceability", "{\"identifying\":false}", analyst()).status());
    List<String> inTriage =
        strings(
            api.get("api/v1/signals/" + reference, coordinator())
                .json()
                .getJsonArray("allowedActions"));
    assertEquals(
        List.of(
            "ASSIGN",
            "CLASSIFY",
            "CHECK_TRACEABILITY",
            "ASK",
            "INFORM",
            "ROUTE",
            "CLOSE",
            "REJECT",
            "MERGE",
            "TRANSFER"),
        inTriage);

    assertEquals(
        200,
        post("closure", "{\"outcome\":\"NO_ACTION\",\"outcomeText\":\"Geen actie.\"}", analyst())
            .status());
    assertEquals(List.of("INFORM", "MERGE"), strings(staffView().getJsonArray("allowedActions")));
  }

  @Test
  void otherRegionsAndReadersCannotDecide() {
    String otherRegion = staff("analyst-brabant", "/regions/oost-brabant", "analyst");
    String reader =
        tokens.sign(tokens.claims("lezer", List.of("signal:read", "/regions/limburg")).build());
    String body = "{\"category\":\"FRAUD\",\"priority\":\"LOW\",\"reason\":\"x\"}";

    assertEquals(404, put("classification", body, otherRegion).status());
    assertEquals(404, put("traceability", "{\"identifying\":false}", otherRegion).status());
    assertEquals(
        404,
        post("closure", "{\"outcome\":\"NO_ACTION\",\"outcomeText\":\"x\"}", otherRegion).status());
    assertEquals(403, put("classification", body, reader).status());
    assertEquals(403, put("assignee", "{\"assignee\":\"lezer\"}", reader).status());
    assertEquals(401, put("classification", body, null).status());
    assertEquals("NORMAL", staffView().getJsonObject("handling").getString("priority"));
    assertEquals(0, audited("SIGNAL_CLASSIFIED"));
  }

  @Test
  void theQueueFindsASignalByReferencePlaceOrTextAndShowsNewRepliesOnlyWhenAsked() {
    String part = reference.substring(3).toLowerCase(java.util.Locale.ROOT);
    JsonArray found = queue("q=" + part).getJsonArray("items");
    assertEquals(List.of(reference), references(found), found::toString);
    assertEquals("6211", found.getJsonObject(0).getString("place"), "the place as given");
    assertTrue(references(queue("q=REGISTER+THE+CAR").getJsonArray("items")).contains(reference));
    assertTrue(references(queue("q=6211").getJsonArray("items")).contains(reference));
    assertEquals(List.of(), references(queue("q=" + part + "%25").getJsonArray("items")));
    assertEquals(
        List.of(), references(queue("q=%25_%25").getJsonArray("items")), "% is only itself");

    assertFalse(references(queue("unread=true").getJsonArray("items")).contains(reference));
    assertEquals(201, post("questions", "{\"text\":\"Welke dag?\"}", analyst()).status());
    assertEquals(201, reporterWrites("Het was dinsdag.").status());
    assertTrue(references(queue("unread=true").getJsonArray("items")).contains(reference));

    Api.Reply tooLong = api.get("api/v1/triage/queue?q=" + "a".repeat(101), analyst());
    assertEquals(422, tooLong.status(), tooLong::toString);
    assertTrue(tooLong.body().contains("\"q\""), tooLong::toString);
    assertEquals(422, api.get("api/v1/triage/queue?unread=misschien", analyst()).status());
  }

  private JsonObject queue(String query) {
    Api.Reply reply = api.get("api/v1/triage/queue?status=open&limit=100&" + query, analyst());
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private static List<String> references(JsonArray items) {
    return items.stream().map(i -> ((JsonObject) i).getString("reference")).toList();
  }

  @Test
  void theQueueFiltersSortsCountsAndPages() {
    assertEquals(
        200,
        put(
                "classification",
                "{\"category\":\"FRAUD\",\"priority\":\"URGENT\",\"reason\":\"Spoed.\"}",
                analyst())
            .status());
    Api.Reply urgent =
        api.get("api/v1/triage/queue?priority=URGENT&status=RECEIVED&sort=deadline", analyst());
    Api.Reply page1 = api.get("api/v1/triage/queue?sort=oldest&limit=1", analyst());
    Api.Reply badSort = api.get("api/v1/triage/queue?sort=random", analyst());
    Api.Reply badStatus = api.get("api/v1/triage/queue?status=GESLOTEN", analyst());
    Api.Reply open = api.get("api/v1/triage/queue?status=open&limit=100", analyst());

    assertEquals(200, urgent.status(), urgent::toString);
    JsonArray items = urgent.json().getJsonArray("items");
    assertTrue(
        items.stream()
            .map(JsonObject.class::cast)
            .anyMatch(i -> reference.equals(i.getString("reference"))),
        items::toString);
    items.stream()
        .map(JsonObject.class::cast)
        .forEach(
            i -> {
              assertEquals("URGENT", i.getString("priority"));
              assertEquals("FIRST_FEEDBACK", i.getString("deadlineKind"));
            });
    JsonObject counts = urgent.json().getJsonObject("counts");
    assertTrue(counts.getJsonNumber("RECEIVED").longValue() >= 1, counts::toString);
    String next = page1.json().getString("next");
    Api.Reply page2 = api.get("api/v1/triage/queue?sort=oldest&limit=1&after=" + next, analyst());
    Api.Reply wrongOrder =
        api.get("api/v1/triage/queue?sort=newest&limit=1&after=" + next, analyst());
    assertEquals(200, page2.status(), page2::toString);
    assertFalse(
        page1
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("reference")
            .equals(page2.json().getJsonArray("items").getJsonObject(0).getString("reference")));
    assertTrue(
        page1
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("receivedAt")
                .compareTo(
                    page2.json().getJsonArray("items").getJsonObject(0).getString("receivedAt"))
            <= 0);
    assertEquals(422, wrongOrder.status(), wrongOrder::toString);
    assertEquals(422, badSort.status(), badSort::toString);
    assertEquals(422, badStatus.status(), badStatus::toString);
    assertEquals(200, open.status(), open::toString);
    List<String> openStatuses =
        open.json().getJsonArray("items").stream()
            .map(i -> ((JsonObject) i).getString("status"))
            .distinct()
            .toList();
    assertTrue(
        List.of("RECEIVED", "IN_TRIAGE", "AWAITING_REPORTER", "ROUTED").containsAll(openStatuses),
        "open means the statuses staff still handle: " + openStatuses);
  }

  @Test
  void coordinatorsSeeTheServiceLevelsAndKeepTheTexts() {
    assertEquals(201, post("messages", "{\"text\":\"Dank voor uw melding.\"}", analyst()).status());
    String coordinator = coordinator();
    Api.Reply sla = api.get("api/v1/regions/limburg/sla", coordinator);
    Api.Reply analystSla = api.get("api/v1/regions/limburg/sla", analyst());
    Api.Reply otherSla = api.get("api/v1/regions/zeeland-west-brabant/sla", coordinator);
    Api.Reply badPeriod =
        api.get("api/v1/regions/limburg/sla?from=2026-12-01&to=2026-01-01", coordinator);

    assertEquals(200, sla.status(), sla::toString);
    JsonObject feedback = sla.json().getJsonObject("firstFeedback");
    assertTrue(sla.json().getJsonNumber("signals").longValue() >= 1, sla::toString);
    assertTrue(feedback.getJsonNumber("done").longValue() >= 1, sla::toString);
    long signals = sla.json().getJsonNumber("signals").longValue();
    for (String clock : List.of("firstFeedback", "decision")) {
      JsonObject m = sla.json().getJsonObject(clock);
      assertEquals(
          signals,
          m.getJsonNumber("met").longValue()
              + m.getJsonNumber("overdue").longValue()
              + m.getJsonNumber("running").longValue(),
          "received = met + missed + still running, for " + clock + ": " + sla);
    }
    assertTrue(feedback.getJsonNumber("met").longValue() >= 1, "the message today met it");
    assertTrue(feedback.getJsonNumber("medianHours").doubleValue() >= 0, sla::toString);
    assertEquals(403, analystSla.status(), analystSla::toString);
    assertEquals(404, otherSla.status(), otherSla::toString);
    assertEquals(422, badPeriod.status(), badPeriod::toString);

    Api.Reply texts = api.get("api/v1/regions/limburg/texts", analyst());
    assertEquals(200, texts.status(), texts::toString);
    assertTrue(texts.body().contains("doorgestuurd"), texts::toString);
    String own =
        "{\"purpose\":\"OUTCOME\",\"title\":\"Doorgestuurd (Limburg)\","
            + "\"body\":\"Uw melding is doorgegeven aan een partner in Limburg.\"}";
    Api.Reply byAnalyst = putPath("api/v1/regions/limburg/texts/doorgestuurd", own, analyst());
    Api.Reply byCoordinator =
        putPath("api/v1/regions/limburg/texts/doorgestuurd", own, coordinator);
    Api.Reply badKey = putPath("api/v1/regions/limburg/texts/Geen%20Sleutel", own, coordinator);
    assertEquals(403, byAnalyst.status(), byAnalyst::toString);
    assertEquals(200, byCoordinator.status(), byCoordinator::toString);
    assertEquals(422, badKey.status(), badKey::toString);
    assertTrue(
        api.get("api/v1/regions/limburg/texts", analyst()).body().contains("partner in Limburg"));
    assertFalse(
        api.get("api/v1/regions/oost-brabant/texts", staff("b", "/regions/oost-brabant", "analyst"))
            .body()
            .contains("partner in Limburg"),
        "a region's own text stays in the region");
  }

  private void submit(boolean withEmail) {
    var signal =
        Json.createObjectBuilder(Signals.general().build())
            .add("location", Json.createObjectBuilder().add("postcode", "6211"));
    if (withEmail) {
      signal.add(
          "contact",
          Json.createObjectBuilder().add("email", email).add("shareWithPartners", false));
    }
    Api.Reply receipt = api.post("api/v1/signals", signal.build());
    assertEquals(201, receipt.status(), receipt::toString);
    reference = receipt.json().getString("reference");
    Api.Reply session =
        api.post(
            "api/v1/followup",
            Json.createObjectBuilder()
                .add("receiptCode", receipt.json().getString("receiptCode"))
                .build());
    followUp = "FollowUp " + session.json().getString("token");
  }

  private JsonObject queueItem() {
    Api.Reply queue = api.get("api/v1/triage/queue?status=IN_TRIAGE&limit=100", analyst());
    assertEquals(200, queue.status(), queue::toString);
    return queue.json().getJsonArray("items").stream()
        .map(JsonObject.class::cast)
        .filter(i -> reference.equals(i.getString("reference")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not in the queue: " + queue));
  }

  private Api.Reply reporterWrites(String text) {
    return api.send(
        api.json("api/v1/followup/messages")
            .header("Authorization", followUp)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    Json.createObjectBuilder().add("text", text).build().toString())));
  }

  private JsonObject reporter(String path) {
    Api.Reply reply = api.send(api.json(path).header("Authorization", followUp));
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  /** A forwarding to these organisations of Limburg's list, each on the RIEC covenant. */
  private static String forwarding(String... organisations) {
    jakarta.json.JsonArrayBuilder partners = jakarta.json.Json.createArrayBuilder();
    for (String organisation : organisations) {
      partners.add(
          jakarta.json.Json.createObjectBuilder()
              .add("organisation", organisation)
              .add("legalBasis", "RIEC_COVENANT"));
    }
    return jakarta.json.Json.createObjectBuilder()
        .add("partners", partners)
        .add("note", "RIEC-overleg")
        .build()
        .toString();
  }

  private Api.Reply post(String action, String body, String token) {
    return send(
        api.json("api/v1/signals/" + reference + "/" + action)
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        token);
  }

  private Api.Reply put(String action, String body, String token) {
    return putPath("api/v1/signals/" + reference + "/" + action, body, token);
  }

  private Api.Reply putPath(String path, String body, String token) {
    return send(api.json(path).PUT(HttpRequest.BodyPublishers.ofString(body)), token);
  }

  private Api.Reply send(HttpRequest.Builder request, String token) {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return api.send(request);
  }

  private JsonObject staffView() {
    Api.Reply view = api.get("api/v1/signals/" + reference, analyst());
    assertEquals(200, view.status(), view::toString);
    return view.json();
  }

  private String analyst() {
    return staff("analyst-limburg", "/regions/limburg", "analyst");
  }

  private String colleague() {
    return staff("collega-limburg", "/regions/limburg", "analyst");
  }

  private String coordinator() {
    return tokens.sign(
        tokens
            .claims(
                "coordinator-limburg",
                List.of(
                    "coordinator",
                    "signal:read",
                    "signal:triage",
                    "signal:route",
                    "stats:read",
                    "texts:manage",
                    "signal:share",
                    "/regions/limburg"))
            .build());
  }

  private String staff(String user, String region, String job) {
    return tokens.sign(
        tokens.claims(user, List.of(job, "signal:read", "signal:triage", region)).build());
  }

  private static List<String> events(JsonArray history) {
    return history.stream().map(e -> ((JsonObject) e).getString("event")).toList();
  }

  private static List<String> strings(JsonArray array) {
    return array.stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
  }

  private long audited(String action) {
    return TestDatabase.get().auditRecords(action, reference);
  }
}
