package nl.waakzaam.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The service clock of a signal: when its reporter must hear from the platform and when staff must
 * decide, when each happened, and the deadline that counts now (first feedback until given, then
 * the decision until taken; none once decided). Never patched: every change makes a new clock with
 * {@link #derivedFrom}, so the deadline that counts can never disagree with the rest.
 */
@Embeddable
public class ServiceClock {

  /** The clock of a signal that has no deadlines yet. */
  static final ServiceClock NOT_STARTED = new ServiceClock(null, null, null, null);

  @Column(name = "feedback_due_at")
  private OffsetDateTime feedbackDueAt;

  @Column(name = "decision_due_at")
  private OffsetDateTime decisionDueAt;

  @Column(name = "first_feedback_at")
  private OffsetDateTime firstFeedbackAt;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  /** Derived from the others; stored so that the queue can sort and filter on it with an index. */
  @Column(name = "sla_due_at")
  private OffsetDateTime slaDueAt;

  protected ServiceClock() {}

  private ServiceClock(
      OffsetDateTime feedbackDueAt,
      OffsetDateTime decisionDueAt,
      OffsetDateTime firstFeedbackAt,
      OffsetDateTime decidedAt) {
    this.feedbackDueAt = feedbackDueAt;
    this.decisionDueAt = decisionDueAt;
    this.firstFeedbackAt = firstFeedbackAt;
    this.decidedAt = decidedAt;
    if (decidedAt != null) {
      this.slaDueAt = null;
    } else if (firstFeedbackAt == null) {
      this.slaDueAt = feedbackDueAt;
    } else {
      this.slaDueAt = decisionDueAt;
    }
  }

  /** The clock for these deadlines, given what already happened. */
  static ServiceClock derivedFrom(
      Optional<Deadlines> deadlines, Optional<Instant> firstFeedback, Optional<Instant> decided) {
    return new ServiceClock(
        deadlines.map(d -> utc(d.firstFeedback())).orElse(null),
        deadlines.map(d -> utc(d.decision())).orElse(null),
        firstFeedback.map(ServiceClock::utc).orElse(null),
        decided.map(ServiceClock::utc).orElse(null));
  }

  /** The same clock with new deadlines: what happened stays. */
  ServiceClock rescheduled(Deadlines deadlines) {
    return derivedFrom(Optional.of(deadlines), firstFeedbackAt(), decidedAt());
  }

  /** The reporter heard from the platform at {@code at}; only the first time counts. */
  ServiceClock feedbackGiven(Instant at) {
    return firstFeedbackAt != null ? this : derivedFrom(deadlines(), Optional.of(at), decidedAt());
  }

  /** The decision is taken back (a merge undone): the clock runs again towards its deadline. */
  ServiceClock undecided() {
    return derivedFrom(deadlines(), firstFeedbackAt(), Optional.empty());
  }

  /** Staff decided at {@code at}; only the first decision counts. */
  ServiceClock decided(Instant at) {
    return decidedAt != null ? this : derivedFrom(deadlines(), firstFeedbackAt(), Optional.of(at));
  }

  /** The deadlines, once scheduled. */
  public Optional<Deadlines> deadlines() {
    return feedbackDueAt == null || decisionDueAt == null
        ? Optional.empty()
        : Optional.of(new Deadlines(feedbackDueAt.toInstant(), decisionDueAt.toInstant()));
  }

  public Optional<Instant> feedbackDueAt() {
    return instant(feedbackDueAt);
  }

  public Optional<Instant> decisionDueAt() {
    return instant(decisionDueAt);
  }

  public Optional<Instant> firstFeedbackAt() {
    return instant(firstFeedbackAt);
  }

  public Optional<Instant> decidedAt() {
    return instant(decidedAt);
  }

  /** The deadline that counts now; empty once decided. */
  public Optional<Instant> dueAt() {
    return instant(slaDueAt);
  }

  private static Optional<Instant> instant(OffsetDateTime at) {
    return Optional.ofNullable(at).map(OffsetDateTime::toInstant);
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
