package nl.waakzaam.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestDatabase;
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
            Json.createObjectBuilder(Signals.barnOffer().build())
                .add("location", limburg())
                .add(
                    "vehicles",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("licencePlate", "vxd-12-b")
                                .add("country", "NL")))
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

  /** The number of distinct keys of {@code type} the two signals are indexed under, together. */
  private static long keys(TestDatabase db, String type, String a, String b) throws SQLException {
    assertEquals(
        2,
        db.number(
            "select count(distinct e.signal_id) from signal_entity e join signal s on s.id ="
                + " e.signal_id where e.entity_type = '"
                + type
                + "' and s.reference in ('"
                + a
                + "', '"
                + b
                + "')"),
        () -> "both signals name a " + type);
    return db.number(
        "select count(distinct e.entity_key) from signal_entity e join signal s on s.id ="
            + " e.signal_id where e.entity_type = '"
            + type
            + "' and s.reference in ('"
            + a
            + "', '"
            + b
            + "')");
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
