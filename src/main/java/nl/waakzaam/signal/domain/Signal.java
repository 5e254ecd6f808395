package nl.waakzaam.signal.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * <p>A signal is received from a reporter (on the web form or through an industry association) with
 * the {@link Report} of what they saw and whatever persons, vehicles and vessels it names. At that
 * moment it gets its public reference, the region whose platform will handle it, the keyed hash of
 * the receipt code that only the reporter holds, and a {@link ServiceClock}. It starts {@link
 * SignalStatus#RECEIVED}.
 *
 * <p>From there staff of its region take it into triage, judge it (its {@link Handling}: category,
 * priority, assignee, traceability check), may ask the reporter a question and wait for the answer,
 * route it to partners, and close it with an {@link Outcome} the reporter will read, or reject it
 * as abuse; a duplicate is folded into another signal. Every move is checked against the one table
 * in {@link SignalStatus}, leaves a {@link StatusChange} in the history, which is never rewritten,
 * and records a {@link SignalEvent} that its application service fires in the same transaction.
 *
 * <p>What the reporter told is fixed once received; staff add judgements, not edits.
 */
@Entity
@Table(name = "signal")
@NamedQuery(
    name = "Signal.findByReceiptCodeHash",
    query = "select s from Signal s where s.receiptCodeHash = :hash")
@NamedQuery(
    name = "Signal.referenceBySubmissionKeyHash",
    query = "select s.reference from Signal s where s.submissionKeyHash = :hash")
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

  @Enumerated(EnumType.STRING)
  @Column(name = "region_basis", length = 20, nullable = false)
  private RegionAssignment.Basis regionBasis;

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

  @Column(name = "receipt_code_hash", nullable = false, updatable = false)
  private byte[] receiptCodeHash;

  @Column(name = "submission_key_hash", updatable = false)
  private byte[] submissionKeyHash;

  @Column(name = "received_at", nullable = false, updatable = false)
  private OffsetDateTime receivedAt;

  @Embedded private Handling handling;

  @Embedded private ServiceClock clock;

  @OneToMany(mappedBy = "signal", cascade = CascadeType.PERSIST)
  @OrderBy("sequenceNumber ASC")
  private List<StatusChange> history = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** Recorded by the verbs below, fired and forgotten by the application service. */
  private transient List<SignalEvent> events = new ArrayList<>();

  protected Signal() {}

  /**
   * A new signal, received now: status {@link SignalStatus#RECEIVED}, with the first event of its
   * history.
   *
   * @param receiptCodeHash the keyed hash of the receipt code handed to the reporter
   * @param submitter the reporter, or the association that submitted on a member's behalf
   * @param submissionKeyHash the hash of the submitter's key for this submission, so that the same
   *     submission sent twice is recognised; {@code null} without one
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
    signal.regionBasis = assignment.basis();
    signal.report = new Report(content, assignment.municipality());
    signal.persons.addAll(content.persons());
    signal.vehicles.addAll(content.vehicles());
    signal.vessels.addAll(content.vessels());
    signal.receiptCodeHash = receiptCodeHash.clone();
    signal.submissionKeyHash = submissionKeyHash == null ? null : submissionKeyHash.clone();
    signal.receivedAt = receivedAt.atOffset(ZoneOffset.UTC);
    signal.handling = Handling.UNJUDGED;
    signal.clock = ServiceClock.NOT_STARTED;
    signal.moveTo(null, SignalStatus.RECEIVED, submitter, null, receivedAt);
    signal.events.add(
        new SignalEvent.Received(
            reference, signal.region, signal.status, submitter, receivedAt, content.kind()));
    return signal;
  }

  /** Staff take a received signal into triage. */
  public void startTriage(Actor staff, Instant at) {
    requireStatus(SignalStatus.RECEIVED, SignalStatus.IN_TRIAGE);
    moveTo(status, SignalStatus.IN_TRIAGE, staff, null, at);
    events.add(new SignalEvent.TakenIntoTriage(reference, region, status, staff, at));
  }

  /** Staff asked the reporter a question; the signal waits for the answer. */
  public void awaitReporter(Actor staff, Instant at) {
    moveTo(status, SignalStatus.AWAITING_REPORTER, staff, null, at);
    clock = clock().feedbackGiven(at);
    events.add(new SignalEvent.QuestionAsked(reference, region, status, staff, at));
  }

  /** Staff told the reporter something without waiting for an answer. */
  public void inform(Actor staff, Instant at) {
    clock = clock().feedbackGiven(at);
    events.add(new SignalEvent.MessageSent(reference, region, status, staff, at));
  }

  /**
   * The reporter wrote: staff see it as news until they open the signal, and a signal that waited
   * for the answer goes back into triage.
   */
  public void reporterReplied(Instant at) {
    handling = handling.reporterWrote(at);
    if (status == SignalStatus.AWAITING_REPORTER) {
      moveTo(status, SignalStatus.IN_TRIAGE, Actor.reporter(), null, at);
    }
    events.add(new SignalEvent.ReporterReplied(reference, region, status, Actor.reporter(), at));
  }

  /**
   * Staff forwarded the signal to {@code partners}, after the traceability check.
   *
   * @throws TraceabilityCheckMissingException when no check was recorded
   */
  public void route(Actor staff, Set<Partner> partners, String note, Instant at) {
    if (partners == null || partners.isEmpty()) {
      throw new IllegalArgumentException("A signal is routed to at least one partner");
    }
    checkTransition(SignalStatus.ROUTED);
    requireTraceabilityCheck();
    String to = EnumSetColumn.join(partners);
    moveTo(status, SignalStatus.ROUTED, staff, note == null ? to : to + ": " + note, at);
    handling = handling.routedTo(partners);
    clock = clock().decided(at);
    events.add(new SignalEvent.Routed(reference, region, status, staff, at, partners));
  }

  /**
   * Staff closed the signal with an outcome and a text that the reporter will read. Closing as
   * forwarded needs the traceability check and a routing to at least one partner.
   *
   * @throws TraceabilityCheckMissingException when closing as forwarded without a check
   * @throws RoutingMissingException when closing as forwarded a signal never routed
   */
  public void close(Actor staff, Outcome outcome, String outcomeText, Instant at) {
    Objects.requireNonNull(outcome, "outcome");
    checkTransition(SignalStatus.CLOSED);
    if (outcome == Outcome.FORWARDED) {
      requireTraceabilityCheck();
      if (handling.routedTo().isEmpty()) {
        throw new RoutingMissingException();
      }
    }
    moveTo(status, SignalStatus.CLOSED, staff, outcome.name(), at);
    handling = handling.closedAs(outcome, outcomeText);
    clock = clock().feedbackGiven(at).decided(at);
    events.add(new SignalEvent.Closed(reference, region, status, staff, at, outcome));
  }

  /** Staff rejected the signal as abuse or spam. */
  public void reject(Actor staff, String reason, Instant at) {
    moveTo(status, SignalStatus.REJECTED, staff, Objects.requireNonNull(reason, "reason"), at);
    clock = clock().feedbackGiven(at).decided(at);
    events.add(new SignalEvent.Rejected(reference, region, status, staff, at));
  }

  /** The signal is a duplicate and is folded into {@code survivor}. */
  public void mergeInto(SignalReference survivor, Actor staff, Instant at) {
    if (survivor.equals(reference)) {
      throw new IllegalArgumentException("A signal cannot be merged into itself");
    }
    moveTo(status, SignalStatus.MERGED, staff, "merged into " + survivor.value(), at);
    clock = clock().decided(at);
    events.add(new SignalEvent.Merged(reference, region, status, staff, at, survivor));
  }

  /** Sets when the reporter must hear from the platform and when staff must decide. */
  public void schedule(Deadlines deadlines) {
    clock = clock().rescheduled(deadlines);
  }

  /** Staff hand the signal to {@code assignee}, or take it off anyone with an empty one. */
  public void assign(Optional<Assignee> assignee, Actor staff, Instant at) {
    requireOpen();
    handling = handling.assignedTo(assignee);
    record(HistoryEvent.ASSIGNED, staff, assignee.map(Assignee::userName).orElse("-"), at);
    events.add(new SignalEvent.Assigned(reference, region, status, staff, at));
  }

  /**
   * Staff judge what the signal is about and how urgent it is; the deadlines follow the priority.
   */
  public void classify(
      Category category,
      Priority priority,
      String reason,
      Deadlines deadlines,
      Actor staff,
      Instant at) {
    requireOpen();
    handling = handling.classifiedAs(category, priority);
    record(HistoryEvent.CLASSIFIED, staff, category + ", " + priority + ": " + reason, at);
    schedule(deadlines);
    events.add(new SignalEvent.Classified(reference, region, status, staff, at, priority));
  }

  /** Staff record whether the content could identify the reporter, and what to withhold then. */
  public void recordTraceability(TraceabilityCheck check, Actor staff, Instant at) {
    requireOpen();
    handling = handling.checked(check);
    record(HistoryEvent.TRACEABILITY_CHECKED, staff, check.describe(), at);
    events.add(new SignalEvent.TraceabilityChecked(reference, region, status, staff, at));
  }

  /** Staff opened the signal: what the reporter wrote is read. */
  public void seenByStaff() {
    handling = handling.read();
  }

  /** The events recorded since the last call, oldest first; the signal forgets them. */
  public List<SignalEvent> takeEvents() {
    List<SignalEvent> taken = List.copyOf(events);
    events.clear();
    return taken;
  }

  private void requireTraceabilityCheck() {
    if (handling.traceability().isEmpty()) {
      throw new TraceabilityCheckMissingException();
    }
  }

  /** Judgements are for signals still being handled. */
  private void requireOpen() {
    if (!status.isOpen()) {
      throw new IllegalTransitionException(status, status);
    }
  }

  private void requireStatus(SignalStatus expected, SignalStatus next) {
    if (status != expected) {
      throw new IllegalTransitionException(status, next);
    }
  }

  private void checkTransition(SignalStatus next) {
    if (!status.canMoveTo(next)) {
      throw new IllegalTransitionException(status, next);
    }
  }

  private void record(HistoryEvent event, Actor actor, String detail, Instant at) {
    history.add(new StatusChange(this, history.size(), event, status, status, at, actor, detail));
  }

  private void moveTo(
      SignalStatus from, SignalStatus next, Actor actor, String reason, Instant at) {
    if (from != null) {
      checkTransition(next);
    }
    history.add(
        new StatusChange(
            this, history.size(), HistoryEvent.STATUS_CHANGED, from, next, at, actor, reason));
    status = next;
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

  public RegionAssignment.Basis regionBasis() {
    return regionBasis;
  }

  /** What the reporter said. */
  public Report report() {
    return report;
  }

  public List<MentionedPerson> persons() {
    return Collections.unmodifiableList(persons);
  }

  public List<MentionedVehicle> vehicles() {
    return Collections.unmodifiableList(vehicles);
  }

  public List<MentionedVessel> vessels() {
    return Collections.unmodifiableList(vessels);
  }

  public Instant receivedAt() {
    return receivedAt.toInstant();
  }

  /** How staff handle it. */
  public Handling handling() {
    return handling == null ? Handling.UNJUDGED : handling;
  }

  /** Its deadlines and what became of them. */
  public ServiceClock clock() {
    return clock == null ? ServiceClock.NOT_STARTED : clock;
  }

  /** Every status change and judgement, oldest first, starting with the receipt. */
  public List<StatusChange> history() {
    return Collections.unmodifiableList(history);
  }

  @Override
  public String toString() {
    return "Signal[" + reference + ", " + report.kind() + ", " + status + ", " + region + "]";
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
