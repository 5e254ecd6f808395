package nl.waakzaam.triage.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.signal.domain.Category;
import nl.waakzaam.signal.domain.Priority;
import nl.waakzaam.signal.domain.Sector;
import nl.waakzaam.signal.domain.SignalKind;
import nl.waakzaam.signal.domain.SignalStatus;

/**
 * What a list of signals shows of each: what it is, where (the municipality, or else the postcode),
 * since when, who handles it, how urgent it is and how its clock stands; none of its content. Read
 * straight from the signal's columns, without loading the aggregate.
 */
public record SignalSummary(
    UUID id,
    String reference,
    SignalKind kind,
    SignalStatus status,
    Region region,
    Sector sector,
    Instant receivedAt,
    Priority priority,
    Optional<Category> category,
    Optional<String> assignee,
    Optional<Instant> slaDueAt,
    boolean firstFeedbackGiven,
    Optional<Instant> reporterNewsAt,
    Optional<String> place) {

  /** The form the JPQL constructor expression calls. */
  public SignalSummary(
      UUID id,
      String reference,
      SignalKind kind,
      SignalStatus status,
      Region region,
      Sector sector,
      OffsetDateTime receivedAt,
      Priority priority,
      Category category,
      String assignee,
      OffsetDateTime slaDueAt,
      OffsetDateTime firstFeedbackAt,
      OffsetDateTime reporterNewsAt,
      String municipality,
      String postcode) {
    this(
        id,
        reference,
        kind,
        status,
        region,
        sector,
        receivedAt.toInstant(),
        priority,
        Optional.ofNullable(category),
        Optional.ofNullable(assignee),
        Optional.ofNullable(slaDueAt).map(OffsetDateTime::toInstant),
        firstFeedbackAt != null,
        Optional.ofNullable(reporterNewsAt).map(OffsetDateTime::toInstant),
        Optional.ofNullable(municipality).or(() -> Optional.ofNullable(postcode)));
  }

  /** Where this signal stands in a list sorted by {@code order}. */
  public QueuePosition position(QueueOrder order) {
    Instant at = order == QueueOrder.DEADLINE ? slaDueAt.orElseThrow() : receivedAt;
    return new QueuePosition(order, at, id);
  }

  /** Whether the reporter wrote something staff have not opened yet. */
  public boolean unread() {
    return reporterNewsAt.isPresent();
  }
}
