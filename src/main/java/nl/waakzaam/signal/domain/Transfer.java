package nl.waakzaam.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import nl.waakzaam.regions.domain.Region;

/**
 * A signal offered to another region, until a coordinator there accepts or returns it: to where,
 * why, by whom (the staff member's name, as the history shows it) and when. The signal stays with
 * its own region while it is offered.
 */
@Embeddable
public class Transfer {

  /** The longest reason kept, as for every reason staff give. */
  public static final int REASON_MAX = 2000;

  @Enumerated(EnumType.STRING)
  @Column(name = "transfer_to", length = 30)
  private Region to;

  @Column(name = "transfer_reason", length = REASON_MAX)
  private String reason;

  @Column(name = "transfer_offered_by", length = 200)
  private String offeredBy;

  @Column(name = "transfer_offered_at")
  private OffsetDateTime offeredAt;

  protected Transfer() {}

  Transfer(Region to, String reason, String offeredBy, Instant offeredAt) {
    this.to = Objects.requireNonNull(to, "to");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.offeredBy = Objects.requireNonNull(offeredBy, "offeredBy");
    this.offeredAt = offeredAt.atOffset(ZoneOffset.UTC);
  }

  public Region to() {
    return to;
  }

  public String reason() {
    return reason;
  }

  public String offeredBy() {
    return offeredBy;
  }

  public Instant offeredAt() {
    return offeredAt.toInstant();
  }
}
