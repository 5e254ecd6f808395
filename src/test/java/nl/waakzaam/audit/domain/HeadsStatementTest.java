package nl.waakzaam.audit.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadsStatementTest {

  private final HeadsStatement statement =
      new HeadsStatement(
          Instant.parse("2026-12-01T10:00:00.123456789Z"),
          List.of(
              new HeadsStatement.Head(1, 12, new byte[32]),
              new HeadsStatement.Head(2, 0, AuditChain.GENESIS)));

  @Test
  void aStatementReadsBackAsItWasWritten() {
    HeadsStatement read = HeadsStatement.parse(statement.text()).orElseThrow();

    assertEquals(statement.issuedAt(), read.issuedAt());
    assertEquals(2, read.heads().size());
    assertEquals(12, read.heads().get(0).sequence());
    assertArrayEquals(new byte[32], read.heads().get(0).hash());
    assertEquals(statement.text(), read.text());
    assertEquals(
        statement.text(),
        HeadsStatement.parse(statement.text().strip().replace("\n", "\r\n")).orElseThrow().text(),
        "line ends and surrounding white space do not matter");
  }

  @Test
  void somethingElseIsNoStatement() {
    assertTrue(HeadsStatement.parse("hello\n").isEmpty());
    assertTrue(HeadsStatement.parse(statement.text().replace("hash 00", "hash zz")).isEmpty());
    assertTrue(HeadsStatement.parse(statement.text() + "more").isEmpty());
  }

  @Test
  void theSignatureHoldsForTheTextAndNothingElseAndTheSameKeySignsAlike() {
    byte[] key = new byte[32];
    HeadsSigner signer = new HeadsSigner(key);
    String signature = signer.sign(statement);

    assertTrue(signer.signed(statement.text(), signature));
    assertTrue(new HeadsSigner(key).signed(statement.text(), signature), "another instance");
    assertEquals(signer.publicKey(), new HeadsSigner(key).publicKey());
    assertFalse(signer.signed(statement.text().replace("sequence 12", "sequence 13"), signature));
    key[0] = 1;
    assertFalse(new HeadsSigner(key).signed(statement.text(), signature), "another key");
    assertFalse(signer.signed(statement.text(), "not base64!"));
  }
}
