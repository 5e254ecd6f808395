package nl.waakzaam.associations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A signal that came from an association: which one, from which batch and item, under which member
 * reference (the association's own, opaque here and shown to that association alone), and when its
 * reporter's view last changed.
 */
@Entity
@Table(name = "association_signal")
public class AssociationSignal {

  /** The longest member reference an association may give. */
  public static final int MAX_MEMBER_REFERENCE = 100;

  @Id
  @Column(name = "signal_id")
  private UUID signalId;

  @Column(name = "association", nullable = false, updatable = false)
  private String association;

  @Column(name = "association_name", nullable = false, updatable = false)
  private String associationName;

  @Column(name = "batch_id", nullable = false, updatable = false)
  private UUID batchId;

  @Column(name = "item_index", nullable = false, updatable = false)
  private int itemIndex;

  @Column(name = "member_reference", updatable = false)
  private String memberReference;

  @Column(name = "changed_at", nullable = false)
  private OffsetDateTime changedAt;

  protected AssociationSignal() {}

  public AssociationSignal(
      UUID signalId,
      Association from,
      UUID batchId,
      int itemIndex,
      Optional<String> memberReference,
      Instant receivedAt) {
    this.signalId = Objects.requireNonNull(signalId);
    this.association = from.id();
    this.associationName = from.name();
    this.batchId = Objects.requireNonNull(batchId);
    this.itemIndex = itemIndex;
    this.memberReference = memberReference.orElse(null);
    this.changedAt = receivedAt.atOffset(ZoneOffset.UTC);
  }

  /** The reporter's view changed at {@code at}; an earlier moment leaves the later one. */
  public void changed(Instant at) {
    if (at.isAfter(changedAt())) {
      changedAt = at.atOffset(ZoneOffset.UTC);
    }
  }

  public UUID signalId() {
    return signalId;
  }

  public String association() {
    return association;
  }

  public String associationName() {
    return associationName;
  }

  public UUID batchId() {
    return batchId;
  }

  public int itemIndex() {
    return itemIndex;
  }

  public Optional<String> memberReference() {
    return Optional.ofNullable(memberReference);
  }

  public Instant changedAt() {
    return changedAt.toInstant();
  }
}
