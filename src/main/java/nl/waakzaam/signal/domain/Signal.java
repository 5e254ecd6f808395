package nl.waakzaam.signal.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.waakzaam.routing.domain.Partner;
import nl.waakzaam.routing.domain.Region;
import nl.waakzaam.routing.domain.RegionAssignment;
import nl.waakzaam.shared.domain.Randomness;

/**
 * A signal: one report of suspicious activity, and the aggregate everything else hangs on.
 *
 * <p>It is received with the {@link Report} of what the reporter saw, and gets its reference, its
 * region, its {@link Origin} (with the hash of the receipt code only the reporter holds) and a
 * {@link ServiceClock}; it starts {@link SignalStatus#RECEIVED}. Staff of its region take it into
 * triage, judge it ({@link Handling}), may ask the reporter a question, route it to partners, and
 * close it with an {@link Outcome} the reporter will read, or reject it; a duplicate is folded into
 * another signal. Every move is checked against the one table in {@link SignalStatus}, leaves a
 * {@link StatusChange} in the history, which is never rewritten, and records a {@link SignalEvent}.
 * What the reporter told is fixed once received; staff add judgements, not edits.
 */
@Entity
@Table(name = "signal")
@NamedQuery(
    name = "Signal.findByReceiptCodeHash",
    query = "select s from Signal s where s.origin.receiptCodeHash = :hash")
@NamedQuery(
    name = "Signal.referenceBySubmissionKeyHash",
    query = "select s.reference from Signal s where s.origin.submissionKeyHash = :hash")
@NamedQuery(
    name = "Signal.findByReferenceInRegions",
    query = "select s from Signal s where s.reference.value = :reference and s.region in :regions")
public class Signal {

  /** Assigned here, not by the database: no round trip and no shared lock to get one. */
  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Embedded private SignalReference reference;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  private SignalStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "region", length = 30, nullable = false)
  private Region region;

  @Embedded private Report report;

  @Embedded private Origin origin;

  @Embedded private Handling handling;

  @Embedded private ServiceClock clock;

  @OneToMany(mappedBy = "signal", cascade = CascadeType.PERSIST)
  @OrderBy("sequenceNumber ASC")
  private List<StatusChange> history = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** Recorded by the verbs, fired by the application service (transient: never stored). */
  private transient List<SignalEvent> events = new ArrayList<>();

  protected Signal() {}

  /**
   * A new signal, received now from {@code submitter} (a reporter, or an association for a member);
   * {@code submissionKeyHash} is {@code null} when the submitter gave the submission no key.
   */
  public static Signal receive(
      SignalReference reference,
      SignalContent content,
      RegionAssignment assignment,
      byte[] receiptCodeHash,
      Actor submitter,
      Instant receivedAt,
      byte[] submissionKeyHash) {
    Signal signal = new Signal();
    signal.id = Randomness.uuid();
    signal.reference = Objects.requireNonNull(reference, "reference");
    signal.region = assignment.region();
    signal.report = new Report(content, assignment.municipality());
    signal.origin = new Origin(receivedAt, receiptCodeHash, submissionKeyHash, assignment.basis());
    signal.handling = Handling.UNJUDGED;
    signal.clock = ServiceClock.NOT_STARTED;
    signal.moveTo(SignalStatus.RECEIVED, submitter, null, receivedAt);
    signal.events.add(
        new SignalEvent.Received(
            reference, signal.region, signal.status, submitter, receivedAt, content.kind()));
    return signal;
  }

  /** Staff take a received signal into triage. */
  public void startTriage(Actor staff, Instant at) {
    if (status != SignalStatus.RECEIVED) {
      throw new IllegalTransitionException(status, SignalStatus.IN_TRIAGE);
    }
    moveTo(SignalStatus.IN_TRIAGE, staff, null, at);
    happened(SignalEvent.TakenIntoTriage::new, staff, at);
  }

  /** Staff asked the reporter a question; the signal waits for the answer. */
  public void awaitReporter(Actor staff, Instant at) {
    moveTo(SignalStatus.AWAITING_REPORTER, staff, null, at);
    clock = clock().feedbackGiven(at);
    happened(SignalEvent.QuestionAsked::new, staff, at);
  }

  /** Staff told the reporter something without waiting for an answer. */
  public void inform(Actor staff, Instant at) {
    clock = clock().feedbackGiven(at);
    happened(SignalEvent.MessageSent::new, staff, at);
  }

  /** The reporter wrote: news for staff, and an answer if the signal waited for one. */
  public void reporterReplied(Instant at) {
    handling = handling.reporterWrote(at);
    if (status == SignalStatus.AWAITING_REPORTER) {
      moveTo(SignalStatus.IN_TRIAGE, Actor.reporter(), null, at);
    }
    happened(SignalEvent.ReporterReplied::new, Actor.reporter(), at);
  }

  /** Staff forwarded the signal to {@code partners}, which needs the traceability check. */
  public void route(Actor staff, Set<Partner> partners, String note, Instant at) {
    status.requireMoveTo(SignalStatus.ROUTED);
    Handling routed = handling.routedTo(partners);
    String to = EnumSetColumn.join(partners);
    moveTo(SignalStatus.ROUTED, staff, note == null ? to : to + ": " + note, at);
    handling = routed;
    clock = clock().decided(at);
    events.add(new SignalEvent.Routed(reference, region, status, staff, at, partners));
  }

  /** Closed with an outcome the reporter reads; as forwarded only when checked and routed. */
  public void close(Actor staff, Outcome outcome, String outcomeText, Instant at) {
    status.requireMoveTo(SignalStatus.CLOSED);
    Handling closed = handling.closedAs(outcome, outcomeText);
    moveTo(SignalStatus.CLOSED, staff, outcome.name(), at);
    handling = closed;
    clock = clock().feedbackGiven(at).decided(at);
    events.add(new SignalEvent.Closed(reference, region, status, staff, at, outcome));
  }

  /** Staff rejected the signal as abuse or spam. */
  public void reject(Actor staff, String reason, Instant at) {
    moveTo(SignalStatus.REJECTED, staff, Objects.requireNonNull(reason, "reason"), at);
    clock = clock().feedbackGiven(at).decided(at);
    happened(SignalEvent.Rejected::new, staff, at);
  }

  /** The signal is a duplicate and is folded into {@code survivor}. */
  public void mergeInto(SignalReference survivor, Actor staff, Instant at) {
    if (survivor.equals(reference)) {
      throw new IllegalArgumentException("A signal cannot be merged into itself");
    }
    moveTo(SignalStatus.MERGED, staff, "merged into " + survivor.value(), at);
    clock = clock().decided(at);
    events.add(new SignalEvent.Merged(reference, region, status, staff, at, survivor));
  }

  /** Sets when the reporter must hear from the platform and when staff must decide. */
  public void schedule(Deadlines deadlines) {
    clock = clock().rescheduled(deadlines);
  }

  /** Staff hand the signal to {@code assignee}, or take it off anyone with an empty one. */
  public void assign(Optional<Assignee> assignee, Actor staff, Instant at) {
    status.requireOpen();
    handling = handling.assignedTo(assignee);
    judged(HistoryEvent.ASSIGNED, staff, assignee.map(Assignee::userName).orElse("-"), at);
    happened(SignalEvent.Assigned::new, staff, at);
  }

  /** Staff judge what it is about and how urgent; the deadlines follow the priority. */
  public void classify(
      Category category,
      Priority priority,
      String reason,
      Deadlines deadlines,
      Actor staff,
      Instant at) {
    status.requireOpen();
    handling = handling.classifiedAs(category, priority);
    judged(HistoryEvent.CLASSIFIED, staff, category + ", " + priority + ": " + reason, at);
    schedule(deadlines);
    events.add(new SignalEvent.Classified(reference, region, status, staff, at, priority));
  }

  /** Staff record whether the content could identify the reporter, and what to withhold then. */
  public void recordTraceability(TraceabilityCheck check, Actor staff, Instant at) {
    status.requireOpen();
    handling = handling.checked(check);
    judged(HistoryEvent.TRACEABILITY_CHECKED, staff, check.describe(), at);
    happened(SignalEvent.TraceabilityChecked::new, staff, at);
  }

  /** Staff opened it: what the reporter wrote is read. */
  public void seenByStaff() {
    handling = handling.read();
  }

  /** The events recorded since the last call, oldest first; the signal forgets them. */
  public List<SignalEvent> takeEvents() {
    List<SignalEvent> taken = List.copyOf(events);
    events.clear();
    return taken;
  }

  /** A judgement by staff that leaves the status as it is. */
  private void judged(HistoryEvent event, Actor actor, String detail, Instant at) {
    history.add(new StatusChange(this, history.size(), event, status, status, at, actor, detail));
  }

  private void moveTo(SignalStatus next, Actor actor, String reason, Instant at) {
    if (status != null) {
      status.requireMoveTo(next);
    }
    history.add(
        new StatusChange(
            this, history.size(), HistoryEvent.STATUS_CHANGED, status, next, at, actor, reason));
    status = next;
  }

  private void happened(SignalEvent.Plain event, Actor actor, Instant at) {
    events.add(event.of(reference, region, status, actor, at));
  }

  /** The internal identifier, never shown outside the platform. */
  public UUID id() {
    return id;
  }

  public SignalReference reference() {
    return reference;
  }

  public SignalStatus status() {
    return status;
  }

  public Region region() {
    return region;
  }

  public Report report() {
    return report;
  }

  public Origin origin() {
    return origin;
  }

  public Handling handling() {
    return handling == null ? Handling.UNJUDGED : handling;
  }

  public ServiceClock clock() {
    return clock == null ? ServiceClock.NOT_STARTED : clock;
  }

  /** Every status change and judgement, oldest first, starting with the receipt. */
  public List<StatusChange> history() {
    return Collections.unmodifiableList(history);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signal s && reference != null && reference.equals(s.reference);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(reference);
  }
}
