package nl.waakzaam.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.shared.domain.Randomness;

/**
 * One event in a signal's history: a move from one status to the next, or a judgement by staff
 * (assignment, category and priority, traceability check), by whom, when and why. Written in the
 * same transaction as the change and never altered afterwards.
 */
@Entity
@Table(name = "signal_status_change")
public class StatusChange {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "signal_id", nullable = false, updatable = false)
  private Signal signal;

  /** 0 for the receipt, then 1, 2, ...: the order of events, also when two share a moment. */
  @Column(name = "sequence_number", nullable = false, updatable = false)
  private int sequenceNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "event", length = 30, nullable = false, updatable = false)
  private HistoryEvent event;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 20, updatable = false)
  private SignalStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", length = 20, nullable = false, updatable = false)
  private SignalStatus to;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Embedded private Actor actor;

  @Column(name = "reason", length = 2000, updatable = false)
  private String reason;

  protected StatusChange() {}

  StatusChange(
      Signal signal,
      int sequenceNumber,
      HistoryEvent event,
      SignalStatus from,
      SignalStatus to,
      Instant occurredAt,
      Actor actor,
      String reason) {
    this.id = Randomness.uuid();
    this.signal = signal;
    this.sequenceNumber = sequenceNumber;
    this.event = event;
    this.from = from;
    this.to = to;
    this.occurredAt = occurredAt.atOffset(ZoneOffset.UTC);
    this.actor = actor;
    this.reason = reason;
  }

  /** A change of status, or a judgement that left the status as it was. */
  public HistoryEvent event() {
    return event;
  }

  /** Empty for the first event, when the signal was received. */
  public Optional<SignalStatus> from() {
    return Optional.ofNullable(from);
  }

  public SignalStatus to() {
    return to;
  }

  public Instant occurredAt() {
    return occurredAt.toInstant();
  }

  public Actor actor() {
    return actor;
  }

  /** Staff's reason: internal, never shown to the reporter as is. */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }
}
