package nl.waakzaam.associations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One batch of an association, claimed under its Idempotency-Key before any of it is stored. While
 * it runs, the same key is answered 409; once done, the same key with the same body gets the first
 * answer again, with another body 422. The key is held only as a keyed hash, the answer only sealed
 * under the key, and both go when the key expires.
 */
@Entity
@Table(name = "association_batch")
public class Batch {

  /** How long an Idempotency-Key is remembered, as the API documents. */
  public static final Duration KEY_LIFETIME = Duration.ofHours(24);

  /**
   * How long a claim holds without an answer: longer than any batch takes, short enough that a
   * batch whose instance died can be sent again soon.
   */
  public static final Duration CLAIM_LEASE = Duration.ofMinutes(2);

  /** Where a batch is. */
  public enum State {
    RUNNING,
    DONE
  }

  @Id private UUID id;

  @Column(name = "association", nullable = false, updatable = false)
  private String association;

  @Column(name = "key_hash")
  private byte[] keyHash;

  @Column(name = "fingerprint")
  private byte[] fingerprint;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private State state;

  @Column(name = "claimed_at", nullable = false)
  private OffsetDateTime claimedAt;

  @Column(name = "completed_at")
  private OffsetDateTime completedAt;

  @Column(name = "key_expires_at", nullable = false)
  private OffsetDateTime keyExpiresAt;

  @Column(name = "item_count", nullable = false)
  private int itemCount;

  @Column(name = "answer")
  private byte[] answer;

  @Column(name = "refused_items")
  private String refusedItems;

  protected Batch() {}

  public UUID id() {
    return id;
  }

  public String association() {
    return association;
  }

  public State state() {
    return state;
  }

  public Instant claimedAt() {
    return claimedAt.toInstant();
  }

  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt).map(OffsetDateTime::toInstant);
  }

  public int itemCount() {
    return itemCount;
  }

  /** The first answer, sealed; empty once the key expired. */
  public Optional<byte[]> sealedAnswer() {
    return Optional.ofNullable(answer).map(byte[]::clone);
  }

  /** The refused items as the first answer described them (JSON), without any receipt code. */
  public Optional<String> refusedItems() {
    return Optional.ofNullable(refusedItems);
  }

  /** Whether the key is still remembered at {@code now}. */
  public boolean keyLiveAt(Instant now) {
    return keyHash != null && keyExpiresAt.toInstant().isAfter(now);
  }

  /** Whether {@code body} (its fingerprint) is the body the key was first used with. */
  public boolean sameBody(byte[] otherFingerprint) {
    return fingerprint != null && MessageDigest.isEqual(fingerprint, otherFingerprint);
  }

  /** Whether it runs at {@code now}, its claim not yet lapsed. */
  public boolean runningAt(Instant now) {
    return state == State.RUNNING && claimedAt.toInstant().plus(CLAIM_LEASE).isAfter(now);
  }

  /** The batch is stored: its answer (sealed) and its refused items are kept with it. */
  public void complete(byte[] sealedAnswer, String refused, Instant at) {
    if (state != State.RUNNING) {
      throw new IllegalStateException("Batch " + id + " is done already");
    }
    state = State.DONE;
    answer = Objects.requireNonNull(sealedAnswer).clone();
    refusedItems = refused;
    completedAt = at.atOffset(ZoneOffset.UTC);
  }
}
