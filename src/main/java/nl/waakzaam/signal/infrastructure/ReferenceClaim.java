package nl.waakzaam.signal.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A reference handed out, kept after its signal is deleted so that it is never handed out again.
 * Its primary key is what makes a second claim of the same reference fail.
 */
@Entity
@Table(name = "signal_reference")
public class ReferenceClaim {

  @Id
  @Column(name = "reference", length = 14)
  private String reference;

  @Column(name = "claimed_at", nullable = false)
  private OffsetDateTime claimedAt;

  protected ReferenceClaim() {}

  ReferenceClaim(String reference, Instant claimedAt) {
    this.reference = reference;
    this.claimedAt = claimedAt.atOffset(ZoneOffset.UTC);
  }
}
