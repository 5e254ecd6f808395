package nl.waakzaam.audit.application;

import java.time.Instant;
import java.util.Optional;
import nl.waakzaam.audit.domain.AuditEntry;
import nl.waakzaam.audit.domain.AuditRecord;

/** A record of the trail as an auditor reads it. */
public record AuditRecordView(
    long position, int chain, long sequenceNumber, Instant occurredAt, AuditEntry entry) {

  static AuditRecordView of(AuditRecord record) {
    return new AuditRecordView(
        record.position(),
        record.chain(),
        record.sequenceNumber(),
        record.occurredAt(),
        record.entry());
  }

  public Optional<String> signalReference() {
    return entry.signalReference();
  }
}
