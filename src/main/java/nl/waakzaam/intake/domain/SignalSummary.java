package nl.waakzaam.intake.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.waakzaam.routing.domain.Region;

/**
 * What a list of signals shows of each: what it is, where and since when; none of its content. Read
 * straight from the signal's columns, without loading the aggregate.
 */
public record SignalSummary(
    UUID id,
    String reference,
    SignalKind kind,
    SignalStatus status,
    Region region,
    Sector sector,
    Instant receivedAt) {

  /** The form the JPQL constructor expression calls. */
  public SignalSummary(
      UUID id,
      String reference,
      SignalKind kind,
      SignalStatus status,
      Region region,
      Sector sector,
      OffsetDateTime receivedAt) {
    this(id, reference, kind, status, region, sector, receivedAt.toInstant());
  }

  public QueuePosition position() {
    return new QueuePosition(receivedAt, id);
  }
}
