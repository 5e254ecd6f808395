package nl.waakzaam.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How staff handle a signal: what they judged it to be, how urgent, who handles it, whether it
 * could identify its reporter, where it went, how it ended, and whether the reporter wrote
 * something they have not read. A value: each judgement makes a new one, so that a half-made change
 * is never seen.
 */
@Embeddable
public class Handling {

  /** The handling of a signal nobody has judged yet. */
  static final Handling UNJUDGED =
      new Handling(Priority.NORMAL, null, null, null, null, null, null, null);

  @Enumerated(EnumType.STRING)
  @Column(name = "priority", length = 10, nullable = false)
  private Priority priority;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", length = 30)
  private Category category;

  @Embedded private Assignee assignee;

  @Embedded private TraceabilityCheck traceability;

  @Column(name = "routed_to", length = 200)
  private String routedTo;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 30)
  private Outcome outcome;

  @Column(name = "outcome_text")
  private String outcomeText;

  /** Since when the reporter's latest writing waits unread by staff. */
  @Column(name = "reporter_news_at")
  private OffsetDateTime reporterNewsAt;

  protected Handling() {}

  private Handling(
      Priority priority,
      Category category,
      Assignee assignee,
      TraceabilityCheck traceability,
      String routedTo,
      Outcome outcome,
      String outcomeText,
      OffsetDateTime reporterNewsAt) {
    this.priority = Objects.requireNonNull(priority, "priority");
    this.category = category;
    this.assignee = assignee;
    this.traceability = traceability;
    this.routedTo = routedTo;
    this.outcome = outcome;
    this.outcomeText = outcomeText;
    this.reporterNewsAt = reporterNewsAt;
  }

  Handling classifiedAs(Category category, Priority priority) {
    return new Handling(
        priority,
        Objects.requireNonNull(category, "category"),
        assignee,
        traceability,
        routedTo,
        outcome,
        outcomeText,
        reporterNewsAt);
  }

  Handling assignedTo(Optional<Assignee> assignee) {
    return new Handling(
        priority,
        category,
        assignee.orElse(null),
        traceability,
        routedTo,
        outcome,
        outcomeText,
        reporterNewsAt);
  }

  Handling checked(TraceabilityCheck check) {
    return new Handling(
        priority,
        category,
        assignee,
        Objects.requireNonNull(check, "check"),
        routedTo,
        outcome,
        outcomeText,
        reporterNewsAt);
  }

  /**
   * @throws TraceabilityCheckMissingException when no check was recorded: no signal leaves the
   *     platform unchecked
   */
  Handling routedTo(Set<Partner> partners) {
    if (partners == null || partners.isEmpty()) {
      throw new IllegalArgumentException("A signal is routed to at least one partner");
    }
    requireTraceabilityCheck();
    return new Handling(
        priority,
        category,
        assignee,
        traceability,
        EnumSetColumn.join(partners),
        outcome,
        outcomeText,
        reporterNewsAt);
  }

  /**
   * @throws TraceabilityCheckMissingException when closing as forwarded without a check
   * @throws RoutingMissingException when closing as forwarded what was never routed
   */
  Handling closedAs(Outcome outcome, String outcomeText) {
    if (Objects.requireNonNull(outcome, "outcome") == Outcome.FORWARDED) {
      requireTraceabilityCheck();
      if (routedTo().isEmpty()) {
        throw new RoutingMissingException();
      }
    }
    return new Handling(
        priority, category, assignee, traceability, routedTo, outcome, outcomeText, reporterNewsAt);
  }

  /** The reporter wrote at {@code at}; the earliest unread writing counts. */
  Handling reporterWrote(Instant at) {
    if (reporterNewsAt != null) {
      return this;
    }
    return new Handling(
        priority,
        category,
        assignee,
        traceability,
        routedTo,
        outcome,
        outcomeText,
        at.atOffset(ZoneOffset.UTC));
  }

  Handling read() {
    if (reporterNewsAt == null) {
      return this;
    }
    return new Handling(
        priority, category, assignee, traceability, routedTo, outcome, outcomeText, null);
  }

  private void requireTraceabilityCheck() {
    if (traceability().isEmpty()) {
      throw new TraceabilityCheckMissingException();
    }
  }

  public Priority priority() {
    return priority;
  }

  /** Staff's judgement of what the signal is about, once given. */
  public Optional<Category> category() {
    return Optional.ofNullable(category);
  }

  /** The staff member handling it, if any. */
  public Optional<Assignee> assignee() {
    return Optional.ofNullable(assignee).filter(a -> a.userName() != null);
  }

  /** The latest traceability check, if one was recorded. */
  public Optional<TraceabilityCheck> traceability() {
    return Optional.ofNullable(traceability).filter(t -> t.checkedAt() != null);
  }

  /** The partners it was forwarded to; empty if it was not routed. */
  public Set<Partner> routedTo() {
    return EnumSetColumn.split(routedTo, Partner.class);
  }

  /** Present once the signal is closed. */
  public Optional<Outcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  /** The reporter-facing text of the outcome, once closed. */
  public Optional<String> outcomeText() {
    return Optional.ofNullable(outcomeText);
  }

  /** Since when the reporter's latest writing waits unread by staff, if it does. */
  public Optional<Instant> reporterNewsAt() {
    return Optional.ofNullable(reporterNewsAt).map(OffsetDateTime::toInstant);
  }
}
