package nl.waakzaam.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestDatabase;
import nl.waakzaam.testing.TestKeycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every staff read leaves exactly one record; the trail cannot be changed by the application's own
 * database role, and a record changed or removed behind its back is found by the verification.
 * Tests that tamper with the trail repair it before they end.
 */
class AuditTrailIT extends ApiIntegrationTest {

  private String analyst;
  private String auditor;
  private String marker;
  private String reference;

  @BeforeEach
  void aSignalWithRecognisableContent() {
    TestKeycloak keycloak = TestKeycloak.get();
    analyst = keycloak.userToken("analist.limburg");
    auditor = keycloak.userToken("auditor.limburg");
    marker = "marker-" + UUID.randomUUID();
    JsonObject signal =
        Json.createObjectBuilder(Signals.general().build())
            .add("location", Json.createObjectBuilder().add("postcode", "6211"))
            .add("description", "Seen by " + marker)
            .add(
                "contact",
                Json.createObjectBuilder()
                    .add("email", marker + "@example.nl")
                    .add("shareWithPartners", false))
            .build();
    Api.Reply reply = api.post("api/v1/signals", signal);
    assertEquals(201, reply.status(), reply::toString);
    reference = reply.json().getString("reference");
  }

  @Test
  void aReadWritesExactlyOneRecordAndNoReporterContent() throws SQLException, IOException {
    long before = TestDatabase.get().number("select count(*) from audit_record");

    Api.Reply read =
        api.get("api/v1/signals/" + reference + "?purpose=verify%20the%20vehicle", analyst);

    assertEquals(200, read.status(), read::toString);
    assertTrue(read.body().contains(marker), "staff see the content");
    assertEquals(before + 1, TestDatabase.get().number("select count(*) from audit_record"));
    try (Connection c = TestDatabase.get().connect();
        PreparedStatement s =
            c.prepareStatement(
                "select action, actor_name, actor_jobs, region, purpose from audit_record"
                    + " where signal_reference = ?")) {
      s.setString(1, reference);
      try (ResultSet rs = s.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("SIGNAL_VIEWED", rs.getString(1));
        assertEquals("analist.limburg", rs.getString(2));
        assertEquals("analyst", rs.getString(3));
        assertEquals("LIMBURG", rs.getString(4));
        assertEquals("verify the vehicle", rs.getString(5));
        assertFalse(rs.next(), "one read, one record");
      }
    }
    assertEquals(
        0,
        TestDatabase.get()
            .number(
                "select count(*) from audit_record where concat_ws('|', actor_subject, actor_name, actor_jobs,"
                    + " action, signal_reference, region, purpose) like '%"
                    + marker
                    + "%'"),
        "no reporter content in the audit trail");
    String log =
        Files.readString(
            Path.of(System.getProperty("waakzaam.test.work-dir", "target/it"), "payara.log"));
    assertFalse(log.contains(marker), "no reporter content in the server log");
  }

  @Test
  void aReadOfAnotherRegionsSignalIsNotARead() throws SQLException {
    long before =
        TestDatabase.get()
            .number("select count(*) from audit_record where action = 'SIGNAL_VIEWED'");

    Api.Reply read =
        api.get(
            "api/v1/signals/" + reference, TestKeycloak.get().userToken("analist.oost-brabant"));

    assertEquals(404, read.status());
    assertEquals(
        before,
        TestDatabase.get()
            .number("select count(*) from audit_record where action = 'SIGNAL_VIEWED'"));
  }

  @Test
  void theApplicationsRoleCannotChangeOrRemoveARecord() throws SQLException {
    api.get("api/v1/signals/" + reference, analyst);

    try (Connection c = TestDatabase.get().connect();
        Statement s = c.createStatement()) {
      SQLException update =
          assertThrows(
              SQLException.class, () -> s.executeUpdate("update audit_record set purpose = 'x'"));
      SQLException delete =
          assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit_record"));
      assertEquals("42501", update.getSQLState(), "insufficient privilege");
      assertEquals("42501", delete.getSQLState(), "insufficient privilege");
    }
    try (Connection c = TestDatabase.get().connectAsOwner();
        Statement s = c.createStatement()) {
      SQLException byOwner =
          assertThrows(
              SQLException.class, () -> s.executeUpdate("update audit_record set purpose = 'x'"));
      assertTrue(byOwner.getMessage().contains("append-only"), byOwner.getMessage());
    }
  }

  @Test
  void aChangedRecordIsFoundByTheVerification() throws SQLException {
    api.get("api/v1/signals/" + reference + "?purpose=original", analyst);
    String record = recordOf(reference, "max");
    assertTrue(verification().getBoolean("intact"));

    TestDatabase.get()
        .asOwnerWithoutAuditTriggers(
            "update audit_record set purpose = 'innocent' where " + record);
    JsonObject tampered = verification();
    TestDatabase.get()
        .asOwnerWithoutAuditTriggers(
            "update audit_record set purpose = 'original' where " + record);

    assertFalse(tampered.getBoolean("intact"));
    assertEquals(record, place(tampered));
    assertEquals("changed after it was written", tampered.getString("reason"));
    assertTrue(verification().getBoolean("intact"), "repaired");
  }

  @Test
  void aRemovedRecordIsFoundByTheVerification() throws SQLException {
    api.get("api/v1/signals/" + reference, analyst);
    api.get("api/v1/signals/" + reference, analyst);
    String record = recordOf(reference, "min");

    TestDatabase.get()
        .asOwnerWithoutAuditTriggers(
            "create table removed_record as select * from audit_record where "
                + record
                + "; delete from audit_record where "
                + record);
    JsonObject removed;
    try {
      removed = verification();
    } finally {
      TestDatabase.get()
          .asOwnerWithoutAuditTriggers(
              "insert into audit_record select * from removed_record; drop table removed_record");
    }

    assertFalse(removed.getBoolean("intact"));
    assertEquals(record, place(removed));
    assertEquals("record missing", removed.getString("reason"));
    assertTrue(verification().getBoolean("intact"), "repaired");
  }

  /**
   * The first or last record about {@code reference}, as an SQL condition on its chain and
   * sequence.
   */
  private static String recordOf(String reference, String minOrMax) throws SQLException {
    long position =
        TestDatabase.get()
            .number(
                "select "
                    + minOrMax
                    + "(position) from audit_record where signal_reference = '"
                    + reference
                    + "'");
    return "chain = "
        + TestDatabase.get().number("select chain from audit_record where position = " + position)
        + " and sequence_number = "
        + TestDatabase.get()
            .number("select sequence_number from audit_record where position = " + position);
  }

  private static String place(JsonObject verification) {
    return "chain = "
        + verification.getInt("firstBrokenChain")
        + " and sequence_number = "
        + verification.getJsonNumber("firstBrokenSequence").longValue();
  }

  private JsonObject verification() {
    Api.Reply reply = api.get("api/v1/audit/verification", auditor);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }
}
