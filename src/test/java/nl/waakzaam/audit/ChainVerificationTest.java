package nl.waakzaam.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.audit.domain.AuditChain;
import nl.waakzaam.audit.domain.AuditEntry;
import nl.waakzaam.audit.domain.AuditRecord;
import nl.waakzaam.audit.domain.AuditSeal;
import nl.waakzaam.audit.domain.ChainVerification;
import org.junit.jupiter.api.Test;

class ChainVerificationTest {

  private static final AuditSeal SEAL = new AuditSeal(new byte[32]);
  private static final AuditSeal OTHER_KEY =
      new AuditSeal("another key of thirty-two bytes!".getBytes());

  private static AuditEntry entry(String purpose) {
    return new AuditEntry(
        Instant.parse("2026-11-30T10:00:00.123456789Z"),
        "sub",
        "analist.limburg",
        "analyst",
        AuditAction.SIGNAL_VIEWED,
        Optional.of("VO-2026-000001"),
        Optional.of("LIMBURG"),
        Optional.ofNullable(purpose));
  }

  private static List<AuditRecord> chain(int length) {
    List<AuditRecord> records = new ArrayList<>();
    byte[] previous = AuditChain.GENESIS;
    for (int i = 1; i <= length; i++) {
      AuditRecord r = AuditRecord.append(1, i, previous, entry("purpose " + i), SEAL);
      records.add(r);
      previous = r.hash();
    }
    return records;
  }

  private static ChainVerification.Result verify(
      List<AuditRecord> records, long headSequence, byte[] headHash) {
    ChainVerification v = new ChainVerification(1, SEAL);
    records.forEach(v::accept);
    return v.finish(headSequence, headHash);
  }

  @Test
  void anUntouchedChainIsIntact() {
    List<AuditRecord> records = chain(5);

    ChainVerification.Result result = verify(records, 5, records.get(4).hash());

    assertTrue(result.intact());
    assertEquals(5, result.checked());
  }

  @Test
  void anEmptyTrailIsIntact() {
    assertTrue(verify(List.of(), 0, AuditChain.GENESIS).intact());
  }

  @Test
  void aMissingRecordIsNamed() {
    List<AuditRecord> records = chain(5);
    AuditRecord last = records.get(4);
    records.remove(2);

    ChainVerification.Result result = verify(records, 5, last.hash());

    assertEquals(3, result.firstBroken().orElseThrow().sequenceNumber());
    assertEquals("record missing", result.firstBroken().get().reason());
  }

  @Test
  void recordsRemovedFromTheEndAreFoundThroughTheHead() {
    List<AuditRecord> records = chain(5);

    ChainVerification.Result result = verify(records.subList(0, 3), 5, records.get(4).hash());

    assertFalse(result.intact());
    assertEquals("records missing at the end", result.firstBroken().orElseThrow().reason());
  }

  @Test
  void theHashCoversEveryFieldAndTheMicrosecondsOnly() {
    byte[] a = AuditChain.hash(1, AuditChain.GENESIS, entry("x"));
    byte[] b = AuditChain.hash(1, AuditChain.GENESIS, entry("y"));
    byte[] c = AuditChain.hash(2, AuditChain.GENESIS, entry("x"));

    assertFalse(java.util.Arrays.equals(a, b));
    assertFalse(java.util.Arrays.equals(a, c));
    assertEquals(123456000, entry("x").occurredAt().getNano(), "kept as PostgreSQL keeps it");
  }

  @Test
  void aRecordWhoseHashLinksUpButWasSealedWithAnotherKeyIsNamed() {
    List<AuditRecord> records = chain(3);
    AuditRecord forged =
        AuditRecord.append(1, 4, records.get(2).hash(), entry("forged"), OTHER_KEY);
    records.add(forged);

    ChainVerification.Result result = verify(records, 4, forged.hash());

    assertEquals(4, result.firstBroken().orElseThrow().sequenceNumber());
    assertEquals("not sealed by the application", result.firstBroken().get().reason());
  }
}
