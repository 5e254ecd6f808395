package nl.waakzaam.linking;

import static nl.waakzaam.testing.Eventually.awaitTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.waakzaam.linking.application.RelatedSignals;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestDatabase;
import nl.waakzaam.testing.TestKeycloak;
import org.junit.jupiter.api.Test;

/**
 * What a received signal names is indexed in the receiving transaction, one value however it was
 * written, from typed fields and from the description; the reporter's own contact details never;
 * and the index holds the values only as keyed hashes.
 */
class EntityIndexIT extends ApiIntegrationTest {

  @Test
  void twoSignalsNamingOnePlateInDifferentSpellingsMeetInTheIndex() throws SQLException {
    String typed =
        submit(
            inLimburgWithPlate("vxd-12-b")
                .add(
                    "persons",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("role", "de man die het woord deed")
                                .add("phone", "06 8765 4321")))
                .add(
                    "contact",
                    Json.createObjectBuilder()
                        .add("phone", "06-12345678")
                        .add("shareWithPartners", false))
                .build());
    String written =
        submit(
            Json.createObjectBuilder(Signals.barnOffer().build())
                .add("location", limburg())
                .remove("vehicles")
                .add(
                    "description",
                    "Dezelfde bus als vorige week, kenteken VXD12B, belde vanaf +31687654321.")
                .build());

    TestDatabase db = TestDatabase.get();
    assertEquals(1, keys(db, "LICENCE_PLATE", typed, written), "one plate, however written");
    assertEquals(1, keys(db, "PHONE_NUMBER", typed, written), "one phone number");
    // The reporter's own number is not among what the signal names.
    assertEquals(
        1,
        db.number(
            "select count(*) from signal_entity e join signal s on s.id = e.signal_id"
                + " where s.reference = '"
                + typed
                + "' and e.entity_type = 'PHONE_NUMBER'"));
    assertEquals(
        1,
        db.number(
            "select count(*) from signal_entity e join signal s on s.id = e.signal_id"
                + " where s.reference = '"
                + typed
                + "' and e.entity_type = 'PHONE_NUMBER' and e.field = 'persons/0/phone'"));
    // Keyed hashes only: neither the plate nor the number stands in the table.
    assertEquals(
        0,
        db.number(
            "select count(*) from signal_entity where position(convert_to('VXD12B', 'UTF8') in"
                + " entity_key) > 0 or position(convert_to('+31687654321', 'UTF8') in entity_key) > 0"));
  }

  @Test
  void staffSeeTheirRegionsRelatedSignalsAndOnlyThatOtherRegionsHaveSome() {
    String limburg =
        submit(
            Json.createObjectBuilder(Signals.barnOffer().build())
                .add("location", limburg())
                .add("description", "Hij belde vanaf 06-11223344 en reed in een bus, 88-XTV-4.")
                .build());
    String sameRegion = submit(inLimburgWithPlate("88 xtv 4").build());
    String rotterdam =
        submit(
            Json.createObjectBuilder(Signals.general().build())
                .add(
                    "location",
                    Json.createObjectBuilder()
                        .add("postcode", "3011")
                        .add("municipality", "Rotterdam"))
                .add("description", "Een koper met nummer +31 6 1122 3344 wilde contant betalen.")
                .build());
    String analyst = TestKeycloak.get().userToken("analist.limburg");

    Api.Reply reply = api.get("api/v1/signals/" + limburg + "/related", analyst);

    assertEquals(200, reply.status(), reply::toString);
    JsonArray entities = reply.jsonArray();
    JsonObject plate = entry(entities, "LICENCE_PLATE", "88-XTV-4");
    assertEquals(
        List.of("description"),
        plate.getJsonArray("fields").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertEquals(List.of(sameRegion), references(plate.getJsonArray("inYourRegions")));
    assertEquals(0, plate.getJsonArray("elsewhere").size());
    JsonObject phone = entry(entities, "PHONE_NUMBER", "06-11223344");
    assertEquals(List.of(), references(phone.getJsonArray("inYourRegions")));
    JsonObject there = phone.getJsonArray("elsewhere").getJsonObject(0);
    assertEquals("rotterdam", there.getString("region"));
    assertEquals(1, there.getInt("signals"));
    // Of Rotterdam's signal nothing but that it exists: not its reference, not its words.
    assertFalse(reply.body().contains(rotterdam), reply::toString);
    assertFalse(reply.body().contains("contant"), reply::toString);

    // Rotterdam's signal is not Limburg's to look into, related or not.
    assertEquals(404, api.get("api/v1/signals/" + rotterdam + "/related", analyst).status());
    assertEquals(
        403,
        api.get(
                "api/v1/signals/" + limburg + "/related",
                TestKeycloak.get().userToken("auditor.limburg"))
            .status());
  }

  @Test
  void whatTheReporterWritesLaterRelatesTheSignalAsTheReportWould() throws SQLException {
    String first = submit(inLimburgWithPlate("27-RTZ-3").build());
    Api.Reply later =
        api.post(
            "api/v1/signals",
            Json.createObjectBuilder(Signals.general().build()).add("location", limburg()).build());
    assertEquals(201, later.status(), later::toString);
    String second = later.json().getString("reference");
    Api.Reply session =
        api.post(
            "api/v1/followup",
            Json.createObjectBuilder()
                .add("receiptCode", later.json().getString("receiptCode"))
                .build());
    String token = session.json().getString("token");
    String analyst = TestKeycloak.get().userToken("analist.limburg");
    assertFalse(api.get("api/v1/signals/" + first + "/related", analyst).body().contains(second));

    Api.Reply added =
        api.send(
            api.json("api/v1/followup/messages")
                .header("Authorization", "FollowUp " + token)
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"text\":\"Het was dezelfde bus als bij de buren: 27-RTZ-3.\"}")));
    assertEquals(201, added.status(), added::toString);

    assertTrue(
        api.get("api/v1/signals/" + first + "/related", analyst).body().contains(second),
        "found from the other signal");
    JsonObject plate =
        entry(
            api.get("api/v1/signals/" + second + "/related", analyst).jsonArray(),
            "LICENCE_PLATE",
            "27-RTZ-3");
    assertEquals(List.of(first), references(plate.getJsonArray("inYourRegions")));
    assertEquals("messages/1", plate.getJsonArray("fields").getString(0));
    // Written once more, the message is indexed once: the rows are replaced, not added to.
    api.send(
        api.json("api/v1/followup/messages")
            .header("Authorization", "FollowUp " + token)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"text\":\"Nog iets.\"}")));
    assertEquals(
        1,
        TestDatabase.get()
            .number(
                "select count(*) from signal_entity e join signal s on s.id = e.signal_id"
                    + " where s.reference = '"
                    + second
                    + "' and e.field like 'messages/%'"));
  }

  @Test
  void theQueueFiltersOnHavingRelatedSignals() {
    String one = submit(inLimburgWithPlate("31-BNV-7").build());
    String two = submit(inLimburgWithPlate("31 bnv 7").build());
    String alone =
        submit(
            Json.createObjectBuilder(Signals.barnOffer().build())
                .add("location", limburg())
                .remove("vehicles")
                .build());
    String analyst = TestKeycloak.get().userToken("analist.limburg");

    Api.Reply related = api.get("api/v1/triage/queue?related=true&limit=100", analyst);

    assertEquals(200, related.status(), related::toString);
    List<String> listed = references(related.json().getJsonArray("items"));
    assertTrue(listed.contains(one) && listed.contains(two), related::toString);
    assertFalse(listed.contains(alone), related::toString);
    assertTrue(
        references(api.get("api/v1/triage/queue?limit=100", analyst).json().getJsonArray("items"))
            .contains(alone));
    assertEquals(422, api.get("api/v1/triage/queue?related=soms", analyst).status());
  }

  @Test
  void whatAnAcceptedFileNamesRelatesTheSignalAndIsKeptSealed() throws SQLException {
    String withFile =
        submit(
            Json.createObjectBuilder(Signals.barnOffer().build())
                .add("location", limburg())
                .remove("vehicles")
                .build());
    String naming =
        submit(
            Json.createObjectBuilder(Signals.barnOffer().build())
                .add("location", limburg())
                .remove("vehicles")
                .add("description", "De huur moest naar NL12 ABNA 5522 1133 44, zei hij.")
                .build());
    String analyst = TestKeycloak.get().userToken("analist.limburg");
    String files = "api/v1/signals/" + withFile + "/attachments";
    Api.Reply upload =
        api.upload(
            files,
            "Bearer " + analyst,
            "factuur.txt",
            "text/plain",
            "Factuur 2026-118\nTe betalen op rekening NL12ABNA5522113344 t.n.v. Opslag BV.\n"
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(202, upload.status(), upload::toString);
    String attachment = upload.json().getString("id");
    awaitAccepted(files, attachment, analyst);

    JsonObject iban =
        entry(
            api.get("api/v1/signals/" + withFile + "/related", analyst).jsonArray(),
            "IBAN",
            "NL12ABNA5522113344");
    assertEquals("attachment/" + attachment, iban.getJsonArray("fields").getString(0));
    assertEquals(List.of(naming), references(iban.getJsonArray("inYourRegions")));
    JsonObject seenFromTheOther =
        entry(
            api.get("api/v1/signals/" + naming + "/related", analyst).jsonArray(),
            "IBAN",
            "NL12 ABNA 5522 1133 44");
    assertEquals(List.of(withFile), references(seenFromTheOther.getJsonArray("inYourRegions")));
    // What the file named is kept only sealed with the file's key: not the IBAN as written, nor as
    // normalised.
    assertEquals(
        0,
        TestDatabase.get()
            .number(
                "select count(*) from file_entity where attachment_id = '"
                    + attachment
                    + "' and (position(convert_to('5522113344', 'UTF8') in mentions_sealed) > 0"
                    + " or position(convert_to('ABNA', 'UTF8') in mentions_sealed) > 0)"));
    assertEquals(
        1,
        TestDatabase.get()
            .number("select count(*) from file_entity where attachment_id = '" + attachment + "'"));
  }

  /** Waits (at most 60 seconds) for the inspection's verdict on the file, which must accept it. */
  private void awaitAccepted(String files, String attachment, String token) {
    Supplier<Optional<JsonObject>> verdict =
        () ->
            api.get(files, token).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("id").equals(attachment))
                .filter(f -> !f.getString("state").equals("RECEIVED"))
                .findFirst();
    awaitTrue(() -> verdict.get().isPresent(), Duration.ofSeconds(60));
    JsonObject file = verdict.get().orElseThrow();
    assertEquals("ACCEPTED", file.getString("state"), file::toString);
  }

  @Test
  void aRelatedListShowsTheNewestTwentyAndCountsTheRest() {
    String first = submit(inLimburgWithPlate("46-KSD-8").build());
    List<String> others = new ArrayList<>();
    for (int i = 0; i < RelatedSignals.LISTED + 2; i++) {
      others.add(submit(inLimburgWithPlate(i % 2 == 0 ? "46 ksd 8" : "46KSD8").build()));
    }
    String analyst = TestKeycloak.get().userToken("analist.limburg");

    JsonObject plate =
        entry(
            api.get("api/v1/signals/" + first + "/related", analyst).jsonArray(),
            "LICENCE_PLATE",
            "46KSD8");

    List<String> listed = references(plate.getJsonArray("inYourRegions"));
    assertEquals(RelatedSignals.LISTED, listed.size(), plate::toString);
    assertEquals(2, plate.getInt("moreInYourRegions"), plate::toString);
    // The newest first: the two sent first are the ones only counted.
    assertEquals(new HashSet<>(others.subList(2, others.size())), new HashSet<>(listed));
  }

  private static JsonObject entry(JsonArray entities, String type, String asWritten) {
    return entities.getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("type").equals(type))
        .filter(e -> e.getString("asWritten").equals(asWritten))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " in " + entities));
  }

  private static List<String> references(JsonArray listed) {
    return listed.getValuesAs(JsonObject.class).stream()
        .map(l -> l.getString("reference"))
        .toList();
  }

  /** The number of distinct keys of {@code type} the two signals are indexed under, together. */
  private static long keys(TestDatabase db, String type, String a, String b) throws SQLException {
    String of =
        " from signal_entity e join signal s on s.id = e.signal_id where e.entity_type = '"
            + type
            + "' and s.reference in ('"
            + a
            + "', '"
            + b
            + "')";
    assertEquals(
        2, db.number("select count(distinct e.signal_id)" + of), () -> "both name a " + type);
    return db.number("select count(distinct e.entity_key)" + of);
  }

  /** A farmer's signal in Limburg that names one Dutch plate in its vehicle field. */
  private static JsonObjectBuilder inLimburgWithPlate(String plate) {
    return Json.createObjectBuilder(Signals.barnOffer().build())
        .add("location", limburg())
        .add(
            "vehicles",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("licencePlate", plate).add("country", "NL")));
  }

  private static JsonObject limburg() {
    return Json.createObjectBuilder()
        .add("postcode", "6211")
        .add("municipality", "Maastricht")
        .build();
  }

  private String submit(JsonObject signal) {
    Api.Reply reply = api.post("api/v1/signals", signal);
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getString("reference");
  }
}
