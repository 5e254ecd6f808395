package nl.waakzaam.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.audit.domain.AuditChain;
import nl.waakzaam.audit.domain.AuditEntry;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestDatabase;
import nl.waakzaam.testing.TestKeycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The trail holds against someone who can write to the database but does not hold the audit key:
 * records they add, however well their SHA-256 links up, are named by the verification; a chain
 * they recompute is found against an earlier signed statement of the heads. The application's own
 * role cannot delete a signal or its history; one function can, and it leaves a trace. Tests that
 * tamper with the trail repair it before they end.
 */
class SealedAuditIT extends ApiIntegrationTest {

  private String auditor;
  private String reference;

  @BeforeEach
  void aSignalAndAnAuditor() {
    auditor = TestKeycloak.get().userToken("auditor.limburg");
    Api.Reply reply = api.post("api/v1/signals", Signals.barnOffer().build());
    assertEquals(201, reply.status(), reply::toString);
    reference = reply.json().getString("reference");
  }

  @Test
  void aRecordAddedByTheApplicationsRoleWithAWellLinkedHashButTheWrongSealIsNamed()
      throws Exception {
    assertTrue(verification().getBoolean("intact"), verification().toString());
    Head forged;
    try (Connection app = TestDatabase.get().connect()) {
      forged = appendForged(app, "not the application's key of 32 b".getBytes());
    }
    JsonObject found;
    try {
      found = verification();
    } finally {
      removeForged(forged);
    }

    assertFalse(found.getBoolean("intact"));
    assertEquals(forged.chain(), found.getInt("firstBrokenChain"));
    assertEquals(forged.sequence(), found.getJsonNumber("firstBrokenSequence").longValue());
    assertEquals("not sealed by the application", found.getString("reason"));
    assertTrue(verification().getBoolean("intact"), "repaired");
  }

  @Test
  void theApplicationsRoleCannotAddARecordWithoutASeal() throws SQLException {
    try (Connection app = TestDatabase.get().connect()) {
      SQLException refused = assertThrows(SQLException.class, () -> appendForged(app, null));
      assertEquals("23514", refused.getSQLState(), "the check constraint refuses it");
    }
  }

  @Test
  void aChainRecomputedByTheOwnerIsNamedByItsSealsAndByAnEarlierStatementOfTheHeads()
      throws Exception {
    api.get("api/v1/signals/" + reference + "?purpose=first", analyst());
    api.get("api/v1/signals/" + reference + "?purpose=second", analyst());
    JsonObject earlier = heads();
    assertEquals("Ed25519", earlier.getString("algorithm"));
    assertTrue(signatureHolds(earlier), "the statement checks with its public key alone");
    int chain = chainOf(reference);

    TestDatabase.get()
        .asOwnerWithoutAuditTriggers(
            "create table saved_chain as select * from audit_record where chain = " + chain);
    TestDatabase.get()
        .asOwnerWithoutAuditTriggers(
            "create table saved_head as select * from audit_chain_head where id = " + chain);
    JsonObject verified;
    JsonObject compared;
    JsonObject alteredStatement;
    try {
      recompute(chain, reference);
      verified = verification();
      compared = compare(earlier.getString("statement"), earlier.getString("signature"));
      alteredStatement =
          compare(
              earlier.getString("statement").replace("chain 1 sequence ", "chain 1 sequence 9"),
              earlier.getString("signature"));
    } finally {
      TestDatabase.get()
          .asOwnerWithoutAuditTriggers(
              "delete from audit_record where chain = "
                  + chain
                  + "; insert into audit_record select * from saved_chain; drop table saved_chain;"
                  + " update audit_chain_head h set last_sequence = s.last_sequence,"
                  + " last_hash = s.last_hash from saved_head s where h.id = s.id; drop table saved_head");
    }

    assertFalse(verified.getBoolean("intact"));
    assertEquals(chain, verified.getInt("firstBrokenChain"));
    assertEquals("not sealed by the application", verified.getString("reason"));
    assertFalse(compared.getBoolean("holds"));
    assertTrue(compared.getBoolean("signedByThisPlatform"), compared + " of " + earlier);
    assertEquals(List.of(chain), ints(compared));
    assertFalse(alteredStatement.getBoolean("signedByThisPlatform"), "an altered statement");
    assertTrue(verification().getBoolean("intact"), "repaired");
    assertTrue(
        compare(earlier.getString("statement"), earlier.getString("signature")).getBoolean("holds"),
        "repaired, the earlier statement holds again");
  }

  @Test
  void theApplicationsRoleCannotDeleteASignalOrItsHistoryAndTheOneWayToDoSoLeavesATrace()
      throws SQLException {
    try (Connection app = TestDatabase.get().connect();
        Statement s = app.createStatement()) {
      SQLException signal =
          assertThrows(
              SQLException.class,
              () -> s.executeUpdate("delete from signal where reference = '" + reference + "'"));
      SQLException history =
          assertThrows(
              SQLException.class,
              () ->
                  s.executeUpdate(
                      "delete from signal_status_change where signal_id ="
                          + " (select id from signal where reference = '"
                          + reference
                          + "')"));
      assertEquals("42501", signal.getSQLState(), signal.getMessage());
      assertEquals("42501", history.getSQLState(), history.getMessage());
    }
    try (Connection owner = TestDatabase.get().connectAsOwner();
        Statement s = owner.createStatement()) {
      SQLException history =
          assertThrows(
              SQLException.class, () -> s.executeUpdate("delete from signal_status_change"));
      assertTrue(history.getMessage().contains("append-only"), history.getMessage());
    }

    try (Connection app = TestDatabase.get().connect();
        PreparedStatement erase = app.prepareStatement("select erase_signal(?, ?)")) {
      erase.setString(1, reference);
      erase.setString(2, "retention period over (test)");
      erase.execute();
    }

    assertEquals(
        0,
        TestDatabase.get()
            .number("select count(*) from signal where reference = '" + reference + "'"));
    assertEquals(
        1,
        TestDatabase.get()
            .number(
                "select count(*) from signal_erasure where reference = '"
                    + reference
                    + "' and erased_by = '"
                    + TestDatabase.NAME
                    + "' and reason = 'retention period over (test)'"));
    assertEquals(
        1,
        TestDatabase.get()
            .number("select count(*) from signal_reference where reference = '" + reference + "'"),
        "the reference stays taken");
  }

  @Test
  void aRefusedLookupOfAnotherRegionsSignalAndReadsOfTheTrailAreThemselvesInTheTrail() {
    JsonObject limburgs =
        Json.createObjectBuilder(Signals.general().build())
            .add("location", Json.createObjectBuilder().add("postcode", "6211"))
            .build();
    Api.Reply submitted = api.post("api/v1/signals", limburgs);
    assertEquals(201, submitted.status(), submitted::toString);
    reference = submitted.json().getString("reference");
    Api.Reply refused =
        api.get(
            "api/v1/signals/" + reference, TestKeycloak.get().userToken("analist.oost-brabant"));
    assertEquals(404, refused.status());
    Api.Reply read = api.get("api/v1/audit?signal=" + reference, auditor);
    assertEquals(200, read.status(), read::toString);

    assertEquals(
        1, TestDatabase.get().auditRecords("SIGNAL_LOOKUP_REFUSED", reference), "refused, kept");
    assertTrue(
        read.body().contains("\"SIGNAL_LOOKUP_REFUSED\""),
        "Limburg's auditor sees who outside Limburg asked for its signal: " + read);
    assertTrue(read.body().contains("analist.oost-brabant"), read::toString);
    assertEquals(1, TestDatabase.get().auditRecords("AUDIT_TRAIL_READ", reference));
  }

  // --- helpers -------------------------------------------------------------------------------

  private record Head(int chain, long sequence) {}

  /**
   * Appends a record whose SHA-256 links up, with {@code key}'s seal (or none), as the role can.
   */
  private static Head appendForged(Connection app, byte[] key) throws Exception {
    app.setAutoCommit(false);
    try (Statement s = app.createStatement();
        ResultSet head =
            s.executeQuery(
                "select id, last_sequence, last_hash from audit_chain_head order by id limit 1"
                    + " for update")) {
      head.next();
      int chain = head.getInt(1);
      long sequence = head.getLong(2) + 1;
      byte[] previous = head.getBytes(3);
      AuditEntry entry =
          new AuditEntry(
              Instant.now(),
              "forger",
              "nobody",
              "auditor",
              AuditAction.SIGNAL_VIEWED,
              Optional.empty(),
              Optional.of("LIMBURG"),
              Optional.of("forged"));
      byte[] hash = AuditChain.hash(sequence, previous, entry);
      try (PreparedStatement insert =
          app.prepareStatement(
              "insert into audit_record (chain, sequence_number, occurred_at, actor_subject,"
                  + " actor_name, actor_jobs, action, region, purpose, previous_hash, hash, seal)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setInt(1, chain);
        insert.setLong(2, sequence);
        insert.setObject(3, entry.occurredAt().atOffset(ZoneOffset.UTC));
        insert.setString(4, entry.actorSubject());
        insert.setString(5, entry.actorName());
        insert.setString(6, entry.actorJobs());
        insert.setString(7, entry.action().name());
        insert.setString(8, "LIMBURG");
        insert.setString(9, "forged");
        insert.setBytes(10, previous);
        insert.setBytes(11, hash);
        insert.setBytes(12, key == null ? null : hmac(key, hash));
        insert.executeUpdate();
      }
      try (PreparedStatement update =
          app.prepareStatement(
              "update audit_chain_head set last_sequence = ?, last_hash = ? where id = ?")) {
        update.setLong(1, sequence);
        update.setBytes(2, hash);
        update.setInt(3, chain);
        update.executeUpdate();
      }
      app.commit();
      return new Head(chain, sequence);
    } catch (Exception e) {
      app.rollback();
      throw e;
    }
  }

  /** Removes the forged record and what was appended after it (the test's own verifications). */
  private static void removeForged(Head forged) throws SQLException {
    TestDatabase.get()
        .asOwnerWithoutAuditTriggers(
            "delete from audit_record where chain = "
                + forged.chain()
                + " and sequence_number >= "
                + forged.sequence()
                + "; update audit_chain_head h set last_sequence = r.sequence_number, last_hash = r.hash"
                + " from audit_record r where h.id = "
                + forged.chain()
                + " and r.chain = h.id and r.sequence_number = "
                + (forged.sequence() - 1)
                + "; update audit_chain_head set last_sequence = 0, last_hash = decode(repeat('00', 32),"
                + " 'hex') where id = "
                + forged.chain()
                + " and "
                + forged.sequence()
                + " = 1");
  }

  /**
   * As an owner who turned the triggers off would: changes the first record about {@code reference}
   * and recomputes every hash after it, and the head, so that SHA-256 links up again.
   */
  private static void recompute(int chain, String reference) throws SQLException {
    long from =
        TestDatabase.get()
            .number(
                "select min(sequence_number) from audit_record where chain = "
                    + chain
                    + " and signal_reference = '"
                    + reference
                    + "'");
    TestDatabase.get()
        .asOwnerWithoutAuditTriggers(
            "update audit_record set purpose = 'innocent' where chain = "
                + chain
                + " and sequence_number = "
                + from);
    try (Connection owner = TestDatabase.get().connectAsOwner()) {
      owner.setAutoCommit(false);
      try (Statement s = owner.createStatement()) {
        s.execute("alter table audit_record disable trigger user");
      }
      byte[] previous;
      try (PreparedStatement before =
          owner.prepareStatement(
              "select hash from audit_record where chain = ? and sequence_number = ?")) {
        before.setInt(1, chain);
        before.setLong(2, from - 1);
        try (ResultSet rs = before.executeQuery()) {
          previous = rs.next() ? rs.getBytes(1) : AuditChain.GENESIS;
        }
      }
      List<Object[]> rows = new ArrayList<>();
      try (PreparedStatement select =
          owner.prepareStatement(
              "select sequence_number, occurred_at, actor_subject, actor_name, actor_jobs, action,"
                  + " signal_reference, region, purpose from audit_record where chain = ? and"
                  + " sequence_number >= ? order by sequence_number")) {
        select.setInt(1, chain);
        select.setLong(2, from);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            rows.add(
                new Object[] {
                  rs.getLong(1),
                  new AuditEntry(
                      rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      AuditAction.valueOf(rs.getString(6)),
                      Optional.ofNullable(rs.getString(7)),
                      Optional.ofNullable(rs.getString(8)),
                      Optional.ofNullable(rs.getString(9)))
                });
          }
        }
      }
      long last = 0;
      try (PreparedStatement update =
          owner.prepareStatement(
              "update audit_record set previous_hash = ?, hash = ? where chain = ? and"
                  + " sequence_number = ?")) {
        for (Object[] row : rows) {
          long sequence = (Long) row[0];
          byte[] hash = AuditChain.hash(sequence, previous, (AuditEntry) row[1]);
          update.setBytes(1, previous);
          update.setBytes(2, hash);
          update.setInt(3, chain);
          update.setLong(4, sequence);
          update.executeUpdate();
          previous = hash;
          last = sequence;
        }
      }
      try (PreparedStatement head =
          owner.prepareStatement(
              "update audit_chain_head set last_sequence = ?, last_hash = ? where id = ?")) {
        head.setLong(1, last);
        head.setBytes(2, previous);
        head.setInt(3, chain);
        head.executeUpdate();
      }
      try (Statement s = owner.createStatement()) {
        s.execute("alter table audit_record enable trigger user");
      }
      owner.commit();
    }
  }

  private static boolean signatureHolds(JsonObject heads) throws Exception {
    PublicKey key =
        KeyFactory.getInstance("Ed25519")
            .generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(heads.getString("publicKey"))));
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(key);
    verifier.update(heads.getString("statement").getBytes(StandardCharsets.UTF_8));
    return verifier.verify(Base64.getDecoder().decode(heads.getString("signature")));
  }

  private static byte[] hmac(byte[] key, byte[] data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(data);
  }

  private static List<Integer> ints(JsonObject comparison) {
    return comparison
        .getJsonArray("rewrittenChains")
        .getValuesAs(jakarta.json.JsonNumber.class)
        .stream()
        .map(jakarta.json.JsonNumber::intValue)
        .toList();
  }

  private static int chainOf(String reference) throws SQLException {
    return (int)
        TestDatabase.get()
            .number(
                "select chain from audit_record where signal_reference = '"
                    + reference
                    + "' order by position limit 1");
  }

  private String analyst() {
    return TestKeycloak.get().userToken("analist.limburg");
  }

  private JsonObject verification() {
    Api.Reply reply = api.get("api/v1/audit/verification", auditor);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private JsonObject heads() {
    Api.Reply reply = api.get("api/v1/audit/heads", auditor);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private JsonObject compare(String statement, String signature) {
    Api.Reply reply =
        api.send(
            api.json("api/v1/audit/heads/comparison")
                .header("Authorization", "Bearer " + auditor)
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        Json.createObjectBuilder()
                            .add("statement", statement)
                            .add("signature", signature)
                            .build()
                            .toString())));
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }
}
