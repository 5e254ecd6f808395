package nl.waakzaam.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Every sort of bad input to {@code POST /api/v1/signals} gets a problem+json answer that says what
 * is wrong and where, never a 500, and leaves nothing in the database.
 */
class BadInputIT extends ApiIntegrationTest {

  private static final List<String> TABLES =
      List.of(
          "signal",
          "signal_status_change",
          "signal_person",
          "signal_vehicle",
          "signal_vessel_mention",
          "signal_reference");

  @Test
  void malformedJsonIsABadRequest() {
    Api.Reply reply = refused(() -> api.post("api/v1/signals", "{\"kind\": \"GENERAL\","), 400);
    assertEquals("urn:waakzaam:problem:malformed-request", reply.json().getString("type"));
    assertEquals("Het verzoek is geen geldige JSON", reply.json().getString("title"));
  }

  @Test
  void deepNestingLongNumbersTrailingContentAndBrokenUtf8AreEachNamedAndNothingIsStored() {
    String deep = "{\"kind\":\"GENERAL\",\"x\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
    String longNumber = "{\"kind\":\"GENERAL\",\"x\":1" + "0".repeat(1_000) + "}";
    String trailing = "{\"kind\":\"GENERAL\"} {\"kind\":\"VESSEL\"}";
    byte[] notUtf8 = {'{', '"', 'k', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

    assertEquals(
        "urn:waakzaam:problem:json-too-deep",
        refused(() -> api.post("api/v1/signals", deep), 400).json().getString("type"));
    assertEquals(
        "urn:waakzaam:problem:json-number-too-long",
        refused(() -> api.post("api/v1/signals", longNumber), 400).json().getString("type"));
    Api.Reply after = refused(() -> api.post("api/v1/signals", trailing), 400);
    assertEquals("urn:waakzaam:problem:json-trailing-content", after.json().getString("type"));
    assertEquals("Er staat iets na de JSON", after.json().getString("title"));
    Api.Reply broken =
        refused(
            () ->
                api.send(
                    api.json("api/v1/signals")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(notUtf8))),
            400);
    assertEquals("urn:waakzaam:problem:invalid-encoding", broken.json().getString("type"));
  }

  @Test
  void anEmptyBodyIsABadRequest() {
    refused(() -> api.post("api/v1/signals", ""), 400);
  }

  @Test
  void duplicateKeysAreRefused() {
    refused(() -> api.post("api/v1/signals", "{\"kind\":\"GENERAL\",\"kind\":\"VESSEL\"}"), 400);
  }

  @Test
  void aBodyThatIsNotAnObjectIsRefused() {
    Api.Reply reply = refused(() -> api.post("api/v1/signals", "[1, 2]"), 422);
    assertEquals(Map.of("", "Verwacht een JSON-object."), reply.violations());
  }

  @Test
  void wrongTypesAreNamedPerField() {
    JsonObject signal =
        Json.createObjectBuilder(Signals.barnOffer().build())
            .add("observedOn", 20261102)
            .add(
                "barnOffer",
                Json.createObjectBuilder(Signals.barnOffer().build().getJsonObject("barnOffer"))
                    .add("floorAreaSquareMetres", "six hundred")
                    .add("cashPayment", "yes")
                    .add("offeredRentEuros", JsonValue.TRUE))
            .build();

    Api.Reply reply = refused(() -> api.post("api/v1/signals", signal), 422);

    Map<String, String> violations = reply.violations();
    assertEquals("Verwacht een datum als 2026-11-30.", violations.get("/observedOn"));
    assertEquals("Verwacht een geheel getal.", violations.get("/barnOffer/floorAreaSquareMetres"));
    assertEquals("Verwacht true of false.", violations.get("/barnOffer/cashPayment"));
    assertEquals("Verwacht een getal.", violations.get("/barnOffer/offeredRentEuros"));
  }

  @Test
  void unknownFieldsAreRefusedAtEveryLevel() {
    JsonObject signal =
        Json.createObjectBuilder(Signals.general().build())
            .add("status", "CLOSED")
            .add(
                "location",
                Json.createObjectBuilder().add("postcode", "3511").add("region", "LIMBURG"))
            .build();

    Api.Reply reply = refused(() -> api.post("api/v1/signals", signal), 422);

    assertEquals(
        Map.of("/status", "Dit veld bestaat niet.", "/location/region", "Dit veld bestaat niet."),
        reply.violations());
  }

  @Test
  void anUnknownKindNamesTheAllowedKinds() {
    JsonObject signal =
        Json.createObjectBuilder(Signals.general().build()).add("kind", "PHONE_SCAM").build();

    Api.Reply reply = refused(() -> api.post("api/v1/signals", signal), 422);

    assertEquals("Kies een van: GENERAL, BARN_OFFER, VESSEL.", reply.violations().get("/kind"));
  }

  @Test
  void anUnknownChoiceInAnAnswerIsRefused() {
    JsonObject signal =
        Signals.with(
            Signals.vessel(),
            "vessel",
            "warningSigns",
            Json.createArrayBuilder().add("LOOKS_SHADY").build());

    Api.Reply reply = refused(() -> api.post("api/v1/signals", signal), 422);

    assertTrue(
        reply
            .violations()
            .get("/vessel/warningSigns/0")
            .startsWith("Kies een van: MOVES_AT_NIGHT"));
  }

  @Test
  void missingRequiredAnswersAreNamed() {
    JsonObject signal =
        Json.createObjectBuilder()
            .add("kind", "BARN_OFFER")
            .add("sector", "AGRICULTURE")
            .add("location", Json.createObjectBuilder().add("postcode", "5712"))
            .add("barnOffer", Json.createObjectBuilder().add("buildingType", "BARN"))
            .build();

    Api.Reply reply = refused(() -> api.post("api/v1/signals", signal), 422);

    assertEquals(
        Map.of(
            "/barnOffer/approach", "Dit veld is verplicht.",
            "/barnOffer/offerState", "Dit veld is verplicht."),
        reply.violations());
  }

  @Test
  void theQuestionnaireMustMatchTheKind() {
    JsonObject signal =
        Json.createObjectBuilder(Signals.general().build()).add("kind", "VESSEL").build();

    Api.Reply reply = refused(() -> api.post("api/v1/signals", signal), 422);

    assertEquals(
        Map.of(
            "/general", "Deze vragen horen bij een andere soort melding.",
            "/vessel", "Beantwoord de vragen die bij deze soort melding horen."),
        reply.violations());
  }

  @Test
  void missingKindSectorAndLocationAreNamed() {
    Api.Reply reply = refused(() -> api.post("api/v1/signals", "{}"), 422);

    assertEquals(
        Map.of(
            "/kind", "Dit veld is verplicht.",
            "/sector", "Dit veld is verplicht.",
            "/location", "Dit veld is verplicht."),
        reply.violations());
  }

  @Test
  void tooLongTextsAreRefusedWithTheirLimit() {
    JsonObject signal =
        Json.createObjectBuilder(Signals.general().build())
            .add("description", "x".repeat(10_001))
            .build();

    Api.Reply reply = refused(() -> api.post("api/v1/signals", signal), 422);

    assertEquals(
        Map.of("/description", "Mag hoogstens 10000 tekens lang zijn."), reply.violations());
  }

  @Test
  void tooManyMentionsAreRefused() {
    JsonArrayBuilder plates = Json.createArrayBuilder();
    for (int i = 0; i < 21; i++) {
      plates.add(Json.createObjectBuilder().add("licencePlate", "AB" + (10 + i) + "CD"));
    }
    JsonObject signal =
        Json.createObjectBuilder(Signals.general().build()).add("vehicles", plates).build();

    Api.Reply reply = refused(() -> api.post("api/v1/signals", signal), 422);

    assertEquals(Map.of("/vehicles", "Hoogstens 20 onderdelen."), reply.violations());
  }

  @Test
  void aBodyOverTheCapIsRefusedBeforeItIsRead() {
    String huge = "{\"description\":\"" + "x".repeat(70_000) + "\"}";

    Api.Reply reply = refused(() -> api.post("api/v1/signals", huge), 413);

    assertEquals("urn:waakzaam:problem:body-too-large", reply.json().getString("type"));
  }

  @Test
  void aStreamedBodyOverTheCapIsCutOff() {
    byte[] huge = ("{\"description\":\"" + "x".repeat(70_000) + "\"}").getBytes();
    HttpRequest.Builder chunked =
        api.json("api/v1/signals")
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(huge)));

    Api.Reply reply = refused(() -> api.send(chunked), 413);

    assertEquals("urn:waakzaam:problem:body-too-large", reply.json().getString("type"));
  }

  @Test
  void controlCharactersAreRefused() {
    JsonObject signal =
        Json.createObjectBuilder(Signals.general().build())
            .add("description", "before\u0000after")
            .build();

    Api.Reply reply = refused(() -> api.post("api/v1/signals", signal), 422);

    assertTrue(
        reply.violations().get("/description").startsWith("Bevat tekens die niet zijn toegestaan"));
  }

  @Test
  void textDirectionOverridesAndBrokenSurrogatesAreRefused() {
    String body =
        Signals.general()
            .build()
            .toString()
            .replace("\"Offered 40,000", "\"\\u202Egnitset Offered 40,000")
            .replace("\"J. de Vries", "\"\\ud800J. de Vries");

    Api.Reply reply = refused(() -> api.post("api/v1/signals", body), 422);

    assertEquals(2, reply.violations().size(), reply::toString);
    assertTrue(reply.violations().containsKey("/general/whatHappened"));
    assertTrue(reply.violations().containsKey("/general/counterpartyName"));
  }

  @Test
  void malformedPostcodePlateKvkAndMmsiAreNamed() {
    JsonObject signal =
        Json.createObjectBuilder(Signals.vessel().build())
            .add("location", Json.createObjectBuilder().add("postcode", "0123 AB"))
            .add(
                "vehicles",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("licencePlate", "ABC-123-X")
                            .add("country", "NL")))
            .add(
                "vessel",
                Json.createObjectBuilder(Signals.vessel().build().getJsonObject("vessel"))
                    .add("mmsi", "002441234")
                    .add("flag", "XX"))
            .build();

    Api.Reply reply = refused(() -> api.post("api/v1/signals", signal), 422);

    Map<String, String> violations = reply.violations();
    assertEquals(
        "Dit is geen geldige Nederlandse postcode (zoals 1234 AB of 1234).",
        violations.get("/location/postcode"));
    assertEquals(
        "Dit is geen geldig Nederlands kenteken (zoals 12-ABC-3).",
        violations.get("/vehicles/0/licencePlate"));
    assertEquals(
        "Een MMSI van een schip bestaat uit 9 cijfers en begint met 2 tot en met 7.",
        violations.get("/vessel/mmsi"));
    assertEquals(
        "Gebruik een landcode van twee letters, zoals NL, BE of DE.",
        violations.get("/vessel/flag"));
  }

  @Test
  void aMalformedKvkNumberIsNamed() {
    JsonObject signal =
        Signals.with(
            Signals.general(), "general", "counterpartyKvkNumber", Json.createValue("1234"));

    Api.Reply reply = refused(() -> api.post("api/v1/signals", signal), 422);

    assertEquals(
        Map.of("/general/counterpartyKvkNumber", "Een KvK-nummer bestaat uit 8 cijfers."),
        reply.violations());
  }

  @Test
  void contactDetailsWithoutConsentAreRefused() {
    JsonObject signal =
        Json.createObjectBuilder(Signals.general().build())
            .add("contact", Json.createObjectBuilder().add("email", "someone@example.nl"))
            .build();

    Api.Reply reply = refused(() -> api.post("api/v1/signals", signal), 422);

    assertEquals(
        Map.of("/contact/shareWithPartners", "Dit veld is verplicht."), reply.violations());
  }

  @Test
  void aPlaceWithoutRegionAsksForTheMunicipality() {
    JsonObject signal =
        Json.createObjectBuilder(Signals.general().build())
            .add("location", Json.createObjectBuilder().add("postcode", "2885"))
            .build();

    Api.Reply reply = refused(() -> api.post("api/v1/signals", signal), 422);

    assertEquals(
        Map.of(
            "/location/municipality",
            "We konden bij deze plaats geen regio vinden. Vul de gemeente in (of controleer de postcode)."),
        reply.violations());
  }

  @Test
  void theTitleFollowsAcceptLanguage() {
    Api.Reply reply =
        refused(
            () ->
                api.send(
                    api.json("api/v1/signals")
                        .setHeader("Accept-Language", "en-GB, nl;q=0.5")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))),
            422);

    assertEquals("The data is not valid", reply.json().getString("title"));
    assertEquals("This field is required.", reply.violations().get("/kind"));
  }

  @Test
  void anotherMediaTypeIsUnsupported() {
    Api.Reply reply =
        refused(
            () ->
                api.send(
                    api.json("api/v1/signals")
                        .setHeader("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("kind=GENERAL"))),
            415);

    assertEquals("urn:waakzaam:problem:unsupported-media-type", reply.json().getString("type"));
  }

  /**
   * Sends the request and checks that it was refused with {@code status} as problem+json, without a
   * stack trace, and that not a single row was added anywhere.
   */
  private Api.Reply refused(Supplier<Api.Reply> request, int status) {
    Map<String, Long> before = counts();
    Api.Reply reply = request.get();
    assertEquals(status, reply.status(), reply::toString);
    assertEquals("application/problem+json", reply.contentType());
    assertEquals(status, reply.json().getInt("status"));
    assertTrue(reply.json().getString("type").startsWith("urn:waakzaam:problem:"));
    assertFalse(reply.body().contains("Exception"), reply::toString);
    assertEquals(before, counts(), "nothing may be stored for a refused signal");
    return reply;
  }

  private static Map<String, Long> counts() {
    TestDatabase db = TestDatabase.get();
    return TABLES.stream().collect(java.util.stream.Collectors.toMap(t -> t, db::count));
  }
}
