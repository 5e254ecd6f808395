package nl.waakzaam.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class SignalIntakeIT extends ApiIntegrationTest {

  @Test
  void aGeneralSignalIsReceivedWithReferenceReceiptCodeAndLocation() throws SQLException {
    Api.Reply reply = api.post("api/v1/signals", Signals.general().build());

    assertEquals(201, reply.status(), reply::toString);
    JsonObject receipt = reply.json();
    String reference = receipt.getString("reference");
    assertTrue(reference.matches("VO-20[0-9]{2}-[0-9]{6}"), reference);
    assertTrue(
        receipt
            .getString("receiptCode")
            .matches("([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}"));
    assertEquals("RECEIVED", receipt.getString("status"));
    assertTrue(
        reply.header("Location").endsWith("/api/v1/signals/" + reference),
        reply.header("Location"));
    assertEquals("no-store", reply.header("Cache-Control"));
    assertEquals("nosniff", reply.header("X-Content-Type-Options"));

    try (Connection c = TestDatabase.get().connect();
        PreparedStatement s =
            c.prepareStatement(
                "select kind, status, region, region_basis, municipality_code, general_counterparty_kvk,"
                    + " contact_email, octet_length(receipt_code_hash) from signal where reference = ?")) {
      s.setString(1, reference);
      try (ResultSet rs = s.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("GENERAL", rs.getString(1));
        assertEquals("RECEIVED", rs.getString(2));
        assertEquals("MIDDEN_NEDERLAND", rs.getString(3));
        assertEquals("POSTCODE", rs.getString(4));
        assertEquals("GM0344", rs.getString(5));
        assertEquals("12345678", rs.getString(6));
        assertNull(rs.getString(7), "anonymous: no contact details");
        assertEquals(32, rs.getInt(8));
      }
    }
    assertEquals(1, historyOf(reference), "one history event: received");
  }

  @Test
  void aBarnOfferKeepsItsTypedAnswersAndMentions() throws SQLException {
    Api.Reply reply = api.post("api/v1/signals", Signals.barnOffer().build());

    assertEquals(201, reply.status(), reply::toString);
    String reference = reply.json().getString("reference");
    try (Connection c = TestDatabase.get().connect();
        PreparedStatement s =
            c.prepareStatement(
                "select s.region, s.barn_offered_rent_eur, s.barn_rent_period, s.barn_requested_changes,"
                    + " s.barn_cash_payment, v.licence_plate, v.plate_country, p.role"
                    + " from signal s join signal_vehicle v on v.signal_id = s.id"
                    + " join signal_person p on p.signal_id = s.id where s.reference = ?")) {
      s.setString(1, reference);
      try (ResultSet rs = s.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("OOST_BRABANT", rs.getString(1));
        assertEquals(0, rs.getBigDecimal(2).compareTo(new java.math.BigDecimal("5000")));
        assertEquals("PER_MONTH", rs.getString(3));
        assertEquals("EXTRA_POWER_SUPPLY,OWNER_MAY_NOT_ENTER", rs.getString(4));
        assertTrue(rs.getBoolean(5));
        assertEquals("VXD12B", rs.getString(6), "plates are stored normalised");
        assertEquals("NL", rs.getString(7));
        assertEquals("the man who did the talking", rs.getString(8));
      }
    }
  }

  @Test
  void anOfferedRentWithoutItsPeriodIsAnAnswerNotAMistake() throws SQLException {
    JsonObject barn = Signals.barnOffer().build();
    JsonObject signal =
        Json.createObjectBuilder(barn)
            .add(
                "barnOffer",
                Json.createObjectBuilder(barn.getJsonObject("barnOffer")).remove("rentPeriod"))
            .build();

    Api.Reply reply = api.post("api/v1/signals", signal);

    assertEquals(201, reply.status(), "the period is not asked for: " + reply);
    String reference = reply.json().getString("reference");
    assertEquals(
        0,
        new java.math.BigDecimal(column(reference, "barn_offered_rent_eur"))
            .compareTo(new java.math.BigDecimal("5000")));
    assertEquals(null, column(reference, "barn_rent_period"));
  }

  @Test
  void aVesselSignalIsAssignedToZeelandWestBrabantFromItsHarbourPostcode() throws SQLException {
    Api.Reply reply = api.post("api/v1/signals", Signals.vessel().build());

    assertEquals(201, reply.status(), reply::toString);
    assertEquals("ZEELAND_WEST_BRABANT", column(reply.json().getString("reference"), "region"));
    assertEquals(
        "MOVES_AT_NIGHT,NO_LIGHTS",
        column(reply.json().getString("reference"), "vessel_warning_signs"));
  }

  @Test
  void aPostcodeMissingFromTheReferenceDataFallsBackToTheMajorityOfItsArea() throws SQLException {
    String reference = receivedAt(Json.createObjectBuilder().add("postcode", "1010"));

    assertEquals("AMSTERDAM_AMSTELLAND", column(reference, "region"));
    assertEquals("POSTCODE_AREA", column(reference, "region_basis"));
  }

  @Test
  void aPostcodeWithoutAreaFallsBackToTheMunicipalityTheReporterNamed() throws SQLException {
    String reference =
        receivedAt(
            Json.createObjectBuilder()
                .add("postcode", "2885")
                .add("municipality", "Krimpenerwaard"));

    assertEquals("DEN_HAAG", column(reference, "region"));
    assertEquals("MUNICIPALITY", column(reference, "region_basis"));
    assertEquals("2885", column(reference, "postcode"));
  }

  @Test
  void withoutPostcodeTheNamedMunicipalityDecidesTheRegion() throws SQLException {
    String reference = receivedAt(Json.createObjectBuilder().add("municipality", "Den Haag"));

    assertEquals("DEN_HAAG", column(reference, "region"));
    assertEquals("MUNICIPALITY", column(reference, "region_basis"));
  }

  /** Submits the general signal at {@code location}; returns its reference. */
  private String receivedAt(JsonObjectBuilder location) {
    JsonObject signal =
        Json.createObjectBuilder(Signals.general().build()).add("location", location).build();
    Api.Reply reply = api.post("api/v1/signals", signal);
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getString("reference");
  }

  @Test
  void scriptInATextFieldIsStoredAsTextAndNeverInterpreted() throws SQLException {
    String script = "<script>alert('x')</script> & \"quotes\"";
    JsonObject signal =
        Json.createObjectBuilder(Signals.general().build()).add("description", script).build();

    Api.Reply reply = api.post("api/v1/signals", signal);

    assertEquals(201, reply.status(), reply::toString);
    assertTrue(reply.contentType().startsWith("application/json"));
    assertEquals(script, column(reply.json().getString("reference"), "description"));
  }

  @Test
  void contactDetailsAreKeptWithTheReportersExplicitConsent() throws SQLException {
    JsonObject signal =
        Json.createObjectBuilder(Signals.general().build())
            .add(
                "contact",
                Json.createObjectBuilder()
                    .add("name", "A. Jansen")
                    .add("email", "a.jansen@example.nl")
                    .add("shareWithPartners", false))
            .build();

    Api.Reply reply = api.post("api/v1/signals", signal);

    assertEquals(201, reply.status(), reply::toString);
    String reference = reply.json().getString("reference");
    assertEquals("a.jansen@example.nl", column(reference, "contact_email"));
    assertEquals("f", column(reference, "contact_share_with_partners"));
  }

  @Test
  void everySignalGetsItsOwnReferenceAndReceiptCode() {
    java.util.Set<String> references = new java.util.HashSet<>();
    java.util.Set<String> codes = new java.util.HashSet<>();
    for (int i = 0; i < 20; i++) {
      JsonObject receipt = api.post("api/v1/signals", Signals.vessel().build()).json();
      references.add(receipt.getString("reference"));
      codes.add(receipt.getString("receiptCode"));
    }
    assertEquals(20, references.size());
    assertEquals(20, codes.size());
  }

  @Test
  void aSubmissionSentAgainWithItsIdempotencyKeyIsRecognisedAndNotStoredTwice() {
    String key = "lto-noord-batch-7/row-12";
    String body = Signals.barnOffer().build().toString();
    long before = TestDatabase.get().count("signal");

    Api.Reply first = submitWithKey(key, body);
    Api.Reply again = submitWithKey(key, body);

    assertEquals(201, first.status(), first::toString);
    assertEquals(409, again.status(), again::toString);
    assertEquals("urn:waakzaam:problem:submission-repeated", again.json().getString("type"));
    assertTrue(
        again.header("Location").endsWith("/api/v1/signals/" + first.json().getString("reference")),
        again::toString);
    assertTrue(!again.body().contains("receiptCode"), "the receipt code is shown once only");
    assertEquals(before + 1, TestDatabase.get().count("signal"));
    assertEquals(201, submitWithKey(key + "-other", body).status(), "another key, another signal");
  }

  @Test
  void anIdempotencyKeyOfInvisibleOrTooManyCharactersIsRefused() {
    String body = Signals.general().build().toString();

    for (String key : new String[] {"two words", "x".repeat(101)}) {
      Api.Reply refused = submitWithKey(key, body);
      assertEquals(422, refused.status(), key + ": " + refused);
    }
  }

  private Api.Reply submitWithKey(String key, String body) {
    return api.send(
        api.json("api/v1/signals")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static long historyOf(String reference) throws SQLException {
    try (Connection c = TestDatabase.get().connect();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from signal_status_change h join signal s on s.id = h.signal_id"
                    + " where s.reference = ? and h.to_status = 'RECEIVED' and h.from_status is null"
                    + " and h.actor_type = 'REPORTER' and h.actor_id is null")) {
      s.setString(1, reference);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String column(String reference, String column) throws SQLException {
    try (Connection c = TestDatabase.get().connect();
        PreparedStatement s =
            c.prepareStatement("select " + column + " from signal where reference = ?")) {
      s.setString(1, reference);
      try (ResultSet rs = s.executeQuery()) {
        assertTrue(rs.next(), "no signal " + reference);
        return rs.getString(1);
      }
    }
  }
}
