package nl.waakzaam.signal.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
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
import java.util.function.Supplier;
import nl.waakzaam.routing.domain.Partner;
import nl.waakzaam.routing.domain.Region;
import nl.waakzaam.routing.domain.RegionAssignment;
import nl.waakzaam.shared.domain.Randomness;

/**
 * A signal: one report of suspicious activity, the aggregate everything else hangs on. Received
 * with the {@link Report} of what the reporter saw, it gets a reference, a region, its {@link
 * Origin} and {@link ServiceClock}. Staff judge it ({@link Handling}), may ask the reporter, route
 * it to partners, close it with an {@link Outcome} the reporter reads, or reject it; a duplicate is
 * folded into another. Every move is checked against the table in {@link SignalStatus}, leaves a
 * {@link StatusChange} in a history never rewritten, and records a {@link SignalEvent}.
 */
@Entity
@Table(name = "signal")
public class Signal {

  @Id private UUID id; // assigned here: no round trip, no shared lock to get one

  @Embedded private SignalReference reference;

  @Enumerated(EnumType.STRING)
  private SignalStatus status;

  @Enumerated(EnumType.STRING)
  private Region region;

  @Embedded private Report report;

  @ElementCollection
  @CollectionTable(name = "signal_person", joinColumns = @JoinColumn(name = "signal_id"))
  @OrderColumn(name = "list_index")
  private List<MentionedPerson> persons = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "signal_vehicle", joinColumns = @JoinColumn(name = "signal_id"))
  @OrderColumn(name = "list_index")
  private List<MentionedVehicle> vehicles = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "signal_vessel_mention", joinColumns = @JoinColumn(name = "signal_id"))
  @OrderColumn(name = "list_index")
  private List<MentionedVessel> vessels = new ArrayList<>();

  @Embedded private Origin origin;

  @Embedded private Handling handling;

  @Embedded private ServiceClock clock;

  @OneToMany(mappedBy = "signal", cascade = CascadeType.PERSIST)
  @OrderBy("sequenceNumber ASC")
  private List<StatusChange> history = new ArrayList<>();

  @Version private long version;

  private transient RecordedEvents events = new RecordedEvents(); // fired by SignalChanges

  protected Signal() {}

  /** A new signal from a reporter or an association; without a submission key, its hash is null. */
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
    signal.persons.addAll(content.persons());
    signal.vehicles.addAll(content.vehicles());
    signal.vessels.addAll(content.vessels());
    signal.origin = new Origin(receivedAt, receiptCodeHash, submissionKeyHash, assignment.basis());
    signal.handling = Handling.UNJUDGED;
    signal.clock = ServiceClock.NOT_STARTED;
    signal.moveTo(SignalStatus.RECEIVED, submitter, null, receivedAt);
    signal.happened(
        (r, g, s, a, t) -> new SignalEvent.Received(r, g, s, a, t, content.kind(), signal.id),
        submitter,
        receivedAt);
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
    reporterReplied(Actor.reporter(), at);
  }

  /**
   * As {@link #reporterReplied(Instant)}, written by {@code writer} on the reporter's behalf: the
   * association that submitted the signal for its member.
   */
  public void reporterReplied(Actor writer, Instant at) {
    handling = handling.reporterWrote(at);
    if (status == SignalStatus.AWAITING_REPORTER) {
      moveTo(SignalStatus.IN_TRIAGE, writer, null, at);
    }
    happened(SignalEvent.ReporterReplied::new, writer, at);
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
    String to = assignee.map(Assignee::userName).orElse("-");
    judge(() -> handling.assignedTo(assignee), HistoryEvent.ASSIGNED, to, staff, at);
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
    String why = category + ", " + priority + ": " + reason;
    judge(() -> handling.classifiedAs(category, priority), HistoryEvent.CLASSIFIED, why, staff, at);
    schedule(deadlines);
    events.add(new SignalEvent.Classified(reference, region, status, staff, at, priority));
  }

  /** Staff record whether the content could identify the reporter, and what to withhold then. */
  public void recordTraceability(TraceabilityCheck check, Actor staff, Instant at) {
    String what = check.describe();
    judge(() -> handling.checked(check), HistoryEvent.TRACEABILITY_CHECKED, what, staff, at);
    happened(SignalEvent.TraceabilityChecked::new, staff, at);
  }

  /** Staff opened it: what the reporter wrote is read. */
  public void seenByStaff() {
    handling = handling.read();
  }

  /** The events recorded since the last call, oldest first; the signal forgets them. */
  public List<SignalEvent> takeEvents() {
    return events.take();
  }

  /** A judgement by staff on an open signal: its handling changes, its status stays. */
  private void judge(
      Supplier<Handling> judged, HistoryEvent event, String detail, Actor actor, Instant at) {
    status.requireOpen();
    handling = judged.get();
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

  public Mentions mentions() {
    return new Mentions(persons, vehicles, vessels);
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
