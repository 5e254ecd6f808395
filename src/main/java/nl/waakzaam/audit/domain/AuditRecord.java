package nl.waakzaam.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A link of the audit trail: an {@link AuditEntry} with its place in the chain and the hashes that
 * tie it to the record before. Written once; the database refuses any change.
 */
@Entity
@Table(name = "audit_record")
@IdClass(AuditRecord.Key.class)
public class AuditRecord {

  /** The primary key: the chain and the place in it. */
  public static class Key implements java.io.Serializable {
    private int chain;
    private long sequenceNumber;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.chain == chain && k.sequenceNumber == sequenceNumber;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(chain, sequenceNumber);
    }
  }

  @Id
  @Column(name = "chain", updatable = false)
  private int chain;

  @Id
  @Column(name = "sequence_number", updatable = false)
  private long sequenceNumber;

  /** Order over all chains, given by the database; for reading the trail, not for its integrity. */
  @Column(name = "position", insertable = false, updatable = false)
  private Long position;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "actor_subject", nullable = false, updatable = false, length = 100)
  private String actorSubject;

  @Column(name = "actor_name", nullable = false, updatable = false, length = 200)
  private String actorName;

  @Column(name = "actor_jobs", nullable = false, updatable = false, length = 200)
  private String actorJobs;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, updatable = false, length = 40)
  private AuditAction action;

  @Column(name = "signal_reference", updatable = false, length = 14)
  private String signalReference;

  @Column(name = "region", updatable = false, length = 30)
  private String region;

  @Column(name = "purpose", updatable = false, length = 500)
  private String purpose;

  @Column(name = "previous_hash", nullable = false, updatable = false)
  private byte[] previousHash;

  @Column(name = "hash", nullable = false, updatable = false)
  private byte[] hash;

  /** The {@link AuditSeal} over the hash; absent only on records written before V10. */
  @Column(name = "seal", updatable = false)
  private byte[] seal;

  protected AuditRecord() {}

  /**
   * The record of {@code chain} that follows the one with {@code previousHash} at {@code
   * sequenceNumber - 1}, sealed with {@code seal}.
   */
  public static AuditRecord append(
      int chain, long sequenceNumber, byte[] previousHash, AuditEntry entry, AuditSeal seal) {
    AuditRecord r = new AuditRecord();
    r.chain = chain;
    r.sequenceNumber = sequenceNumber;
    r.occurredAt = entry.occurredAt().atOffset(ZoneOffset.UTC);
    r.actorSubject = entry.actorSubject();
    r.actorName = entry.actorName();
    r.actorJobs = entry.actorJobs();
    r.action = entry.action();
    r.signalReference = entry.signalReference().orElse(null);
    r.region = entry.region().orElse(null);
    r.purpose = entry.purpose().orElse(null);
    r.previousHash = previousHash.clone();
    r.hash = AuditChain.hash(sequenceNumber, previousHash, entry);
    r.seal = seal.of(r.hash);
    return r;
  }

  public int chain() {
    return chain;
  }

  public long sequenceNumber() {
    return sequenceNumber;
  }

  public long position() {
    return position;
  }

  /** The fields as written, to check the hash against. */
  public AuditEntry entry() {
    return new AuditEntry(
        occurredAt(),
        actorSubject,
        actorName,
        actorJobs,
        action,
        Optional.ofNullable(signalReference),
        Optional.ofNullable(region),
        Optional.ofNullable(purpose));
  }

  public Instant occurredAt() {
    return occurredAt.toInstant();
  }

  public byte[] previousHash() {
    return previousHash.clone();
  }

  public byte[] hash() {
    return hash.clone();
  }

  /** The seal over the hash; empty on records written before records were sealed. */
  public Optional<byte[]> seal() {
    return Optional.ofNullable(seal).map(byte[]::clone);
  }
}
