package nl.waakzaam.routing;

import static nl.waakzaam.testing.Eventually.awaitTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Routed;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestDatabase;
import nl.waakzaam.testing.TestKeycloak;
import nl.waakzaam.testing.TestMail;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Forwarding to partners through the API with real Keycloak tokens: the region's list of partners,
 * the preview and the stored package, what the traceability check and the reporter's consent let
 * through (read from the package's JSON and from its PDF's text), the partner's inbox of its own
 * organisation only, its outcome, and the audit trail of each step.
 */
class ForwardingIT extends ApiIntegrationTest {

  private static final String BARN_ADDRESS = "Achter de Hoeve 7, naast de maisakker";

  private final TestKeycloak keycloak = TestKeycloak.get();

  @Test
  void aRegionForwardsToItsOwnPartnersTheNationalOnesAndEuriecAtTheBorder() {
    String coordinator = keycloak.userToken("coordinator.limburg");
    Api.Reply limburg = api.get("api/v1/regions/limburg/partners", coordinator);
    assertEquals(200, limburg.status(), limburg::toString);
    List<String> ids = ids(limburg.jsonArray());
    assertTrue(
        ids.containsAll(
            List.of("politie-limburg", "riec-limburg", "gemeente-maastricht", "fiod", "euriec")),
        ids::toString);
    assertFalse(ids.contains("politie-rotterdam"), ids::toString);
    assertFalse(ids.contains("gemeente-rotterdam"), ids::toString);

    assertEquals(404, api.get("api/v1/regions/rotterdam/partners", coordinator).status());
    assertEquals(
        403,
        api.get("api/v1/regions/limburg/partners", keycloak.userToken("analist.limburg")).status());
    Api.Reply bases = api.get("api/v1/legal-bases", coordinator);
    assertTrue(bases.body().contains("\"RIEC_COVENANT\""), bases::toString);
  }

  @Test
  void aCoordinatorKeepsTheListWithAReasonAndAnUnknownPartnerChangesNothing() {
    String coordinator = keycloak.userToken("coordinator.zeeland");
    List<String> before =
        ids(api.get("api/v1/regions/zeeland-west-brabant/partners", coordinator).jsonArray());
    Api.Reply unknown =
        put(
            "api/v1/regions/zeeland-west-brabant/partners",
            Json.createObjectBuilder()
                .add(
                    "organisations",
                    Json.createArrayBuilder().add("politie-zeeland-west-brabant").add("niemand"))
                .add("reason", "Test")
                .build(),
            coordinator);
    assertEquals(422, unknown.status(), unknown::toString);
    assertEquals("urn:waakzaam:problem:unknown-partner", unknown.json().getString("type"));
    assertEquals(
        before,
        ids(api.get("api/v1/regions/zeeland-west-brabant/partners", coordinator).jsonArray()));

    var without = Json.createArrayBuilder();
    before.stream().filter(id -> !id.equals("uwv")).forEach(without::add);
    Api.Reply kept =
        put(
            "api/v1/regions/zeeland-west-brabant/partners",
            Json.createObjectBuilder()
                .add("organisations", without)
                .add("reason", "Het UWV doet in deze regio niet mee.")
                .build(),
            coordinator);
    assertEquals(200, kept.status(), kept::toString);
    assertFalse(ids(kept.jsonArray()).contains("uwv"));
    assertTrue(
        TestDatabase.get().regionAuditRecords("PARTNERS_CHANGED", "ZEELAND_WEST_BRABANT") >= 1,
        "the change is audited");
  }

  @Test
  void thePoliceGetNeitherTheWithheldAddressNorContactDetailsTheReporterDidNotAgreeToShare()
      throws IOException {
    String reference = barnOffer(false);
    triage(reference);
    check(
        reference,
        "{\"identifying\":true,\"withhold\":\"Alleen deze boer kent die plek.\",\"withheldParts\":[\"ADDRESS\"]}");
    String coordinator = keycloak.userToken("coordinator.limburg");

    Api.Reply early =
        api.post(
            "api/v1/signals/" + reference + "/forwardings/preview",
            forwarding("politie-rotterdam", "RIEC_COVENANT"),
            coordinator);
    assertEquals(422, early.status(), early::toString);
    assertEquals("urn:waakzaam:problem:partner-not-in-region", early.json().getString("type"));
    Api.Reply notAllowed =
        api.post(
            "api/v1/signals/" + reference + "/forwardings/preview",
            forwarding("nvwa", "RIEC_COVENANT"),
            coordinator);
    assertEquals(422, notAllowed.status(), notAllowed::toString);
    assertEquals(
        "urn:waakzaam:problem:legal-basis-not-allowed", notAllowed.json().getString("type"));

    Api.Reply preview =
        api.post(
            "api/v1/signals/" + reference + "/forwardings/preview",
            forwarding("politie-limburg", "RIEC_COVENANT"),
            coordinator);
    assertEquals(200, preview.status(), preview::toString);
    JsonObject previewed = preview.jsonArray().getJsonObject(0);
    assertFalse(preview.body().contains(BARN_ADDRESS), preview::toString);
    assertFalse(previewed.containsKey("address"), preview::toString);
    assertFalse(previewed.containsKey("contact"), preview::toString);
    assertEquals("ADDRESS", previewed.getJsonArray("withheld").getJsonObject(0).getString("part"));
    assertEquals("Maastricht", previewed.getJsonObject("place").getString("municipality"));

    Api.Reply forwarded =
        api.post(
            "api/v1/signals/" + reference + "/forwardings",
            forwarding("politie-limburg", "RIEC_COVENANT"),
            coordinator);
    assertEquals(201, forwarded.status(), forwarded::toString);
    String id = forwarded.jsonArray().getJsonObject(0).getString("id");
    assertEquals(
        "ROUTED", api.get("api/v1/signals/" + reference, coordinator).json().getString("status"));

    String police = keycloak.userToken("politie.limburg");
    Api.Reply contents = api.get("api/v1/inbox/" + id, police);
    assertEquals(200, contents.status(), contents::toString);
    assertEquals(
        withoutForwardingTime(previewed),
        withoutForwardingTime(contents.json()),
        "the partner reads exactly what was previewed");
    String json = contents.body();
    assertFalse(json.contains(BARN_ADDRESS), json);
    assertFalse(json.contains("melder@example.nl"), json);
    assertFalse(json.contains("0612345678"), json);
    assertTrue(json.contains("Wat wilde men huren?"), "the form's own question: " + json);
    assertTrue(json.contains("Loods"), "the choice in Dutch: " + json);

    String pdf = pdfText(api.download("api/v1/inbox/" + id + "/document", police));
    assertTrue(pdf.contains(reference), pdf);
    assertTrue(pdf.contains("Convenant RIEC-LIEC"), pdf);
    assertTrue(
        pdf.contains("Het adres of de precieze plek"), "it says a part was withheld: " + pdf);
    assertFalse(pdf.contains("Achter de Hoeve"), pdf);
    assertFalse(pdf.contains("melder@example.nl"), pdf);
    assertFalse(pdf.contains("0612345678"), pdf);

    assertEquals(1, TestDatabase.get().auditRecords("SIGNAL_FORWARDED", reference));
    assertEquals(2, TestDatabase.get().auditRecords("PACKAGE_READ", reference));
    assertEquals(1, TestDatabase.get().auditRecords("FORWARDING_PREVIEWED", reference));
  }

  @Test
  void withConsentAndAProfileThatAllowsItThePoliceGetTheContactDetailsAndTheMunicipalityDoesNot()
      throws IOException {
    String reference = barnOffer(true);
    triage(reference);
    check(reference, "{\"identifying\":false}");
    Api.Reply forwarded =
        api.post(
            "api/v1/signals/" + reference + "/forwardings",
            Json.createObjectBuilder()
                .add(
                    "partners",
                    Json.createArrayBuilder()
                        .add(partner("politie-limburg", "REPORTER_CONSENT"))
                        .add(partner("gemeente-maastricht", "PUBLIC_TASK")))
                .add("note", "Besproken in het RIEC-overleg.")
                .build(),
            keycloak.userToken("coordinator.limburg"));
    assertEquals(201, forwarded.status(), forwarded::toString);
    String toPolice = packageFor(forwarded.jsonArray(), "politie-limburg");
    String toMunicipality = packageFor(forwarded.jsonArray(), "gemeente-maastricht");

    String police = keycloak.userToken("politie.limburg");
    JsonObject contact =
        api.get("api/v1/inbox/" + toPolice, police).json().getJsonObject("contact");
    assertEquals("melder@example.nl", contact.getString("email"));
    assertTrue(contact.getBoolean("sharedWithConsent"));
    String pdf = pdfText(api.download("api/v1/inbox/" + toPolice + "/document", police));
    assertTrue(pdf.contains("melder@example.nl"), pdf);
    assertTrue(pdf.contains(BARN_ADDRESS), "nothing was withheld: " + pdf);

    String municipality = keycloak.userToken("gemeente.maastricht");
    Api.Reply theirs = api.get("api/v1/inbox/" + toMunicipality, municipality);
    assertEquals(200, theirs.status(), theirs::toString);
    assertFalse(theirs.json().containsKey("contact"), theirs::toString);
    assertFalse(theirs.body().contains("melder@example.nl"), theirs::toString);
  }

  @Test
  void aPartnerSeesOnlyItsOwnOrganisationsPackagesAndNoStaffEndpoint() {
    String reference = barnOffer(false);
    triage(reference);
    check(reference, "{\"identifying\":false}");
    Api.Reply forwarded =
        api.post(
            "api/v1/signals/" + reference + "/forwardings",
            Json.createObjectBuilder()
                .add(
                    "partners",
                    Json.createArrayBuilder()
                        .add(partner("politie-limburg", "RIEC_COVENANT"))
                        .add(partner("gemeente-maastricht", "RIEC_COVENANT")))
                .build(),
            keycloak.userToken("coordinator.limburg"));
    assertEquals(201, forwarded.status(), forwarded::toString);
    String toPolice = packageFor(forwarded.jsonArray(), "politie-limburg");
    String toMunicipality = packageFor(forwarded.jsonArray(), "gemeente-maastricht");

    String municipality = keycloak.userToken("gemeente.maastricht");
    Api.Reply inbox = api.get("api/v1/inbox", municipality);
    assertEquals(200, inbox.status(), inbox::toString);
    List<String> listed =
        inbox.jsonArray().getValuesAs(JsonObject.class).stream()
            .map(o -> o.getString("id"))
            .toList();
    assertTrue(listed.contains(toMunicipality), inbox::toString);
    assertFalse(listed.contains(toPolice), "not the police's package: " + inbox);
    assertTrue(
        inbox.jsonArray().getValuesAs(JsonObject.class).stream()
            .allMatch(o -> o.getString("organisation").equals("gemeente-maastricht")),
        inbox::toString);
    assertEquals(404, api.get("api/v1/inbox/" + toPolice, municipality).status());
    assertEquals(
        404, api.download("api/v1/inbox/" + toPolice + "/document", municipality).statusCode());
    assertEquals(404, api.get("api/v1/inbox/" + UUID.randomUUID(), municipality).status());
    assertEquals(404, api.get("api/v1/inbox/not-a-package", municipality).status());

    assertEquals(403, api.get("api/v1/signals/" + reference, municipality).status());
    assertEquals(403, api.get("api/v1/triage/queue?region=limburg", municipality).status());
    assertEquals(403, api.get("api/v1/regions/limburg/partners", municipality).status());
    assertEquals(403, api.get("api/v1/inbox", keycloak.userToken("coordinator.limburg")).status());
  }

  @Test
  void aRoutedSignalIsForwardedFurtherAndTheFirstPartnerKeepsItsPackage() {
    Routed.Signal signal = Routed.forwardedTo(api, "politie-limburg");
    String coordinator = keycloak.userToken("coordinator.limburg");
    JsonObject routed = api.get("api/v1/signals/" + signal.reference(), coordinator).json();
    assertTrue(
        routed.getJsonArray("allowedActions").getValuesAs(JsonString.class).stream()
            .anyMatch(a -> a.getString().equals("ROUTE")),
        routed::toString);
    int reporterSteps = reporterTimeline(signal.receiptCode()).size();

    Api.Reply further =
        api.post(
            "api/v1/signals/" + signal.reference() + "/forwardings",
            Json.createObjectBuilder()
                .add("partners", Json.createArrayBuilder().add(partner("fiod", "RIEC_COVENANT")))
                .add("note", "De politie vraagt de FIOD erbij.")
                .build(),
            coordinator);
    assertEquals(201, further.status(), further::toString);

    JsonObject view = api.get("api/v1/signals/" + signal.reference(), coordinator).json();
    assertEquals("ROUTED", view.getString("status"));
    List<JsonObject> history = view.getJsonArray("history").getValuesAs(JsonObject.class);
    JsonObject last = history.get(history.size() - 1);
    assertEquals("FORWARDED_FURTHER", last.getString("event"), view::toString);
    assertEquals("FIOD: De politie vraagt de FIOD erbij.", last.getString("reason"));
    assertEquals(
        List.of("politie-limburg", "fiod"),
        api
            .get("api/v1/signals/" + signal.reference() + "/forwardings", coordinator)
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(p -> p.getString("organisation"))
            .toList());
    assertTrue(
        ids(api.get("api/v1/inbox", keycloak.userToken("politie.limburg")).jsonArray())
            .contains(signal.packages().get(0)),
        "the police keep their package");
    assertEquals(2, TestDatabase.get().auditRecords("SIGNAL_FORWARDED", signal.reference()));
    assertEquals(
        reporterSteps,
        reporterTimeline(signal.receiptCode()).size(),
        "the reporter's timeline has no new step");
  }

  @Test
  void aPartnerRegistersAnOutcomeDatedBetweenTheForwardingAndToday() {
    String reference = barnOffer(false);
    triage(reference);
    check(reference, "{\"identifying\":false}");
    Api.Reply forwarded =
        api.post(
            "api/v1/signals/" + reference + "/forwardings",
            forwarding("gemeente-maastricht", "PUBLIC_TASK"),
            keycloak.userToken("coordinator.limburg"));
    String id = forwarded.jsonArray().getJsonObject(0).getString("id");
    String municipality = keycloak.userToken("gemeente.maastricht");
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    Api.Reply future =
        put(
            "api/v1/inbox/" + id + "/outcome",
            outcome("BIBOB_CHECK", today.plusDays(2)),
            municipality);
    assertEquals(422, future.status(), future::toString);
    assertEquals("urn:waakzaam:problem:outcome-date-rejected", future.json().getString("type"));
    Api.Reply unknownKind =
        put(
            "api/v1/inbox/" + id + "/outcome",
            "{\"outcome\":\"ARRESTED\",\"on\":\"" + today + "\"}",
            municipality);
    assertEquals(422, unknownKind.status(), unknownKind::toString);

    Api.Reply registered =
        put("api/v1/inbox/" + id + "/outcome", outcome("BIBOB_CHECK", today), municipality);
    assertEquals(200, registered.status(), registered::toString);
    assertEquals("BIBOB_CHECK", registered.json().getString("outcome"));
    assertTrue(registered.json().containsKey("firstReadAt"), "an outcome counts as read");
    assertEquals(1, TestDatabase.get().auditRecords("PACKAGE_OUTCOME_REGISTERED", reference));

    // Staff tell the reporter in general words; the reporter never reads who the partner was.
    String receiptCode = lastReceiptCode;
    Api.Reply told =
        api.post(
            "api/v1/signals/" + reference + "/messages",
            Json.createObjectBuilder()
                .add(
                    "text",
                    "Uw melding is gebruikt door een partner die er iets mee kan doen. Dank dat u"
                        + " dit gemeld hebt.")
                .build(),
            keycloak.userToken("analist.limburg"));
    assertEquals(201, told.status(), told::toString);
    String token =
        api.post(
                "api/v1/followup",
                Json.createObjectBuilder().add("receiptCode", receiptCode).build())
            .json()
            .getString("token");
    String seen =
        api.send(
                    api.json("api/v1/followup/signal")
                        .header("Authorization", "FollowUp " + token)
                        .GET())
                .body()
            + api.send(
                    api.json("api/v1/followup/messages")
                        .header("Authorization", "FollowUp " + token)
                        .GET())
                .body();
    assertTrue(seen.contains("Uw melding is gebruikt door een partner"), seen);
    for (String name : List.of("gemeente-maastricht", "Gemeente Maastricht", "BIBOB", "Bibob")) {
      assertFalse(seen.contains(name), name + " shown to the reporter: " + seen);
    }
  }

  @Test
  void thePartnerDownloadsTheListedCleanCopyAndItsMailboxIsToldNothingButThatAPackageWaits()
      throws Exception {
    String coordinator = keycloak.userToken("coordinator.limburg");
    String mailbox = "meldingen-" + UUID.randomUUID() + "@maastricht.example";
    Api.Reply national =
        put(
            "api/v1/regions/limburg/partners/fiod/mailbox",
            Json.createObjectBuilder().add("mailbox", "fiod@example.nl").add("reason", "x").build(),
            coordinator);
    assertEquals(422, national.status(), "a national partner is not the region's: " + national);
    Api.Reply notAnAddress =
        put(
            "api/v1/regions/limburg/partners/gemeente-maastricht/mailbox",
            Json.createObjectBuilder().add("mailbox", "geen adres").add("reason", "x").build(),
            coordinator);
    assertEquals(422, notAnAddress.status(), notAnAddress::toString);
    assertTrue(notAnAddress.violations().containsKey("/mailbox"), notAnAddress::toString);
    Api.Reply kept =
        put(
            "api/v1/regions/limburg/partners/gemeente-maastricht/mailbox",
            Json.createObjectBuilder()
                .add("mailbox", mailbox)
                .add("reason", "Functioneel adres van het team Ondermijning.")
                .build(),
            coordinator);
    assertEquals(200, kept.status(), kept::toString);
    assertEquals(mailbox, kept.json().getString("mailbox"));

    String reference = barnOffer(false);
    String analyst = keycloak.userToken("analist.limburg");
    String files = "api/v1/signals/" + reference + "/attachments";
    Api.Reply upload =
        api.upload(
            files,
            "Bearer " + analyst,
            "contract.txt",
            "text/plain",
            "Huurcontract loods, contant te voldoen.".getBytes(StandardCharsets.UTF_8));
    assertEquals(202, upload.status(), upload::toString);
    String attachment = upload.json().getString("id");
    awaitTrue(
        () ->
            api.get(files, analyst).jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(
                    f ->
                        f.getString("id").equals(attachment)
                            && f.getString("state").equals("ACCEPTED")),
        Duration.ofSeconds(60));
    triage(reference);
    check(reference, "{\"identifying\":false}");
    Api.Reply forwarded =
        api.post(
            "api/v1/signals/" + reference + "/forwardings",
            Json.createObjectBuilder()
                .add(
                    "partners",
                    Json.createArrayBuilder()
                        .add(partner("gemeente-maastricht", "PUBLIC_TASK"))
                        .add(partner("politie-limburg", "RIEC_COVENANT")))
                .build(),
            coordinator);
    assertEquals(201, forwarded.status(), forwarded::toString);
    String forMunicipality = packageFor(forwarded.jsonArray(), "gemeente-maastricht");
    String forPolice = packageFor(forwarded.jsonArray(), "politie-limburg");

    List<MimeMessage> mails = TestMail.get().awaitTo(mailbox, 1, Duration.ofSeconds(20));
    assertEquals(1, mails.size());
    String subject = mails.get(0).getSubject();
    String body = (String) mails.get(0).getContent();
    assertEquals("Er staat een doorgestuurde melding voor u klaar", subject);
    for (String secret : List.of(reference, "Maastricht", "loods", "Loods", BARN_ADDRESS)) {
      assertFalse(subject.contains(secret) || body.contains(secret), secret + " in " + body);
    }
    assertTrue(body.contains("/console/#/inbox"), body);

    String municipality = keycloak.userToken("gemeente.maastricht");
    JsonObject contents = api.get("api/v1/inbox/" + forMunicipality, municipality).json();
    assertEquals(1, contents.getJsonArray("files").getJsonObject(0).getInt("number"));
    HttpResponse<byte[]> copy =
        api.download("api/v1/inbox/" + forMunicipality + "/files/1", municipality);
    assertEquals(200, copy.statusCode());
    assertEquals(
        "Huurcontract loods, contant te voldoen.", new String(copy.body(), StandardCharsets.UTF_8));
    assertTrue(
        copy.headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .contains(reference + "-bestand-1"));
    assertEquals(
        404,
        api.download("api/v1/inbox/" + forPolice + "/files/1", municipality).statusCode(),
        "the police's copy is not the municipality's");
    assertEquals(
        404,
        api.download("api/v1/inbox/" + forMunicipality + "/files/2", municipality).statusCode());

    JsonArray followed =
        api.get("api/v1/signals/" + reference + "/forwardings", coordinator).jsonArray();
    JsonObject read =
        followed.getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getString("organisation").equals("gemeente-maastricht"))
            .findFirst()
            .orElseThrow();
    assertTrue(read.containsKey("firstReadAt"), read::toString);
    assertFalse(read.getBoolean("overdue"), read::toString);
    JsonObject unread =
        followed.getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getString("organisation").equals("politie-limburg"))
            .findFirst()
            .orElseThrow();
    assertFalse(unread.containsKey("firstReadAt"), unread::toString);
    assertEquals(
        404,
        api.get(
                "api/v1/signals/" + reference + "/forwardings",
                keycloak.userToken("coordinator.zeeland"))
            .status());
  }

  // --- helpers -------------------------------------------------------------------------------

  private String lastReceiptCode;

  /** A barn offer in Maastricht (Limburg), with the barn's address and the reporter's contact. */
  private String barnOffer(boolean consent) {
    JsonObject body =
        Json.createObjectBuilder(Signals.barnOffer().build())
            .add(
                "location",
                Json.createObjectBuilder()
                    .add("postcode", "6211 AB")
                    .add("municipality", "Maastricht")
                    .add("address", BARN_ADDRESS))
            .add(
                "contact",
                Json.createObjectBuilder()
                    .add("email", "melder@example.nl")
                    .add("phone", "0612345678")
                    .add("shareWithPartners", consent))
            .build();
    Api.Reply receipt = api.post("api/v1/signals", body);
    assertEquals(201, receipt.status(), receipt::toString);
    lastReceiptCode = receipt.json().getString("receiptCode");
    return receipt.json().getString("reference");
  }

  private void triage(String reference) {
    Api.Reply taken =
        api.post(
            "api/v1/signals/" + reference + "/triage",
            Json.createObjectBuilder().build(),
            keycloak.userToken("analist.limburg"));
    assertEquals(200, taken.status(), taken::toString);
  }

  private void check(String reference, String body) {
    Api.Reply checked =
        put(
            "api/v1/signals/" + reference + "/traceability",
            body,
            keycloak.userToken("analist.limburg"));
    assertEquals(200, checked.status(), checked::toString);
  }

  private Api.Reply put(String path, JsonObject body, String token) {
    return put(path, body.toString(), token);
  }

  private Api.Reply put(String path, String body, String token) {
    return api.send(
        api.json(path)
            .header("Authorization", "Bearer " + token)
            .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
  }

  private static JsonObject forwarding(String organisation, String basis) {
    return Json.createObjectBuilder()
        .add("partners", Json.createArrayBuilder().add(partner(organisation, basis)))
        .build();
  }

  /** The steps of the reporter's timeline, as the follow-up API gives them. */
  private List<JsonObject> reporterTimeline(String receiptCode) {
    JsonObject view = Routed.reporterView(api, receiptCode);
    assertEquals("FORWARDED", view.getString("status"), "as the reporter reads it");
    return view.getJsonArray("timeline").getValuesAs(JsonObject.class);
  }

  private static JsonObjectBuilder partner(String organisation, String basis) {
    return Json.createObjectBuilder().add("organisation", organisation).add("legalBasis", basis);
  }

  private static JsonObject outcome(String outcome, LocalDate on) {
    return Json.createObjectBuilder().add("outcome", outcome).add("on", on.toString()).build();
  }

  private static String packageFor(JsonArray forwarded, String organisation) {
    return forwarded.getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("organisation").equals(organisation))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  private static List<String> ids(JsonArray partners) {
    return partners.getValuesAs(JsonObject.class).stream().map(p -> p.getString("id")).toList();
  }

  private static String pdfText(HttpResponse<byte[]> response) throws IOException {
    assertEquals(200, response.statusCode(), () -> new String(response.body()));
    assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
    try (PDDocument document = Loader.loadPDF(response.body())) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** The preview is composed a moment before the package; all else must be the same. */
  private static JsonObject withoutForwardingTime(JsonObject packageJson) {
    JsonObject legalBasis = packageJson.getJsonObject("legalBasis");
    return Json.createObjectBuilder(packageJson)
        .add("legalBasis", Json.createObjectBuilder(legalBasis).remove("forwardedAt"))
        .build();
  }
}
