package nl.waakzaam.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.waakzaam.regions.domain.RegionAssignment;

/**
 * How a signal came in: when, the keyed hash of the receipt code its reporter holds, the hash of
 * the submitter's own key for the submission (so that a submission sent twice is recognised), and
 * on what basis its region was found. Written once at receipt; never updated.
 */
@Embeddable
public class Origin {

  @Column(name = "received_at", nullable = false, updatable = false)
  private OffsetDateTime receivedAt;

  @Column(name = "receipt_code_hash", nullable = false, updatable = false)
  private byte[] receiptCodeHash;

  @Column(name = "submission_key_hash", updatable = false)
  private byte[] submissionKeyHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "region_basis", length = 20, nullable = false, updatable = false)
  private RegionAssignment.Basis regionBasis;

  protected Origin() {}

  Origin(
      Instant receivedAt,
      byte[] receiptCodeHash,
      byte[] submissionKeyHash,
      RegionAssignment.Basis regionBasis) {
    this.receivedAt = receivedAt.atOffset(ZoneOffset.UTC);
    this.receiptCodeHash = receiptCodeHash.clone();
    this.submissionKeyHash = submissionKeyHash == null ? null : submissionKeyHash.clone();
    this.regionBasis = regionBasis;
  }

  public Instant receivedAt() {
    return receivedAt.toInstant();
  }

  /** How sure the region is: found from the postcode, its area, or the municipality named. */
  public RegionAssignment.Basis regionBasis() {
    return regionBasis;
  }
}
