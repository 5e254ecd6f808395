package nl.waakzaam.signal.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.regions.domain.RegionAssignment;
import nl.waakzaam.shared.domain.NullableUuid;
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

  /**
   * The signal this one was folded into, while it is; set and cleared with {@link #mergedAt}. Not
   * in the insert: a new signal is merged into nothing (and EclipseLink binds a null UUID as text).
   */
  @Column(name = "merged_into", insertable = false)
  @Convert(converter = NullableUuid.class)
  private UUID mergedInto;

  @Column(name = "merged_at")
  private OffsetDateTime mergedAt;

  /** Since when the reporter may read which kinds of partner received it; null while not. */
  @Column(name = "partners_disclosed_at")
  private OffsetDateTime partnersDisclosedAt;

  /** The region this signal is offered to, while it is; null otherwise. */
  @Embedded private Transfer transfer;

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

  /**
   * Staff forwarded the signal to {@code partners}, which needs the traceability check. A signal
   * forwarded before may be forwarded further (a partner asks to involve another): it stays {@code
   * ROUTED}, the new partners join the earlier ones, and only staff read of it in the history; the
   * reporter sees no change of status and hears of nothing new.
   */
  public void route(Actor staff, Set<Partner> partners, String note, Instant at) {
    if (status == SignalStatus.ROUTED) {
      Set<Partner> all = EnumSet.copyOf(handling.routedTo());
      all.addAll(partners);
      handling = handling.routedTo(all);
      String to = EnumSetColumn.join(partners);
      noted(HistoryEvent.FORWARDED_FURTHER, note == null ? to : to + ": " + note, staff, at);
      return;
    }
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

  /** How long after a merge it may be undone. */
  public static final Duration MERGE_UNDO_WINDOW = Duration.ofHours(24);

  /**
   * The signal is a duplicate and is folded into {@code survivor}, for {@code reason}: from now on
   * its reporter follows the survivor, and the survivor's history tells that it was folded in. One
   * level only: a survivor is not itself merged, and a signal others were folded into is not folded
   * into a third (the caller, which can see that, checks it).
   *
   * @throws MergeRefusedException when {@code survivor} is this signal or is itself merged
   */
  public void mergeInto(Signal survivor, String reason, Actor staff, Instant at) {
    if (survivor.equals(this)) {
      throw new MergeRefusedException(MergeRefusedException.Why.SAME_SIGNAL);
    }
    if (survivor.status == SignalStatus.MERGED) {
      throw new MergeRefusedException(MergeRefusedException.Why.SURVIVOR_MERGED);
    }
    moveTo(SignalStatus.MERGED, staff, Objects.requireNonNull(reason, "reason"), at);
    mergedInto = survivor.id;
    mergedAt = at.atOffset(ZoneOffset.UTC);
    clock = clock().decided(at);
    survivor.noted(HistoryEvent.MERGED_IN, reference.value(), staff, at);
    events.add(new SignalEvent.Merged(reference, region, status, staff, at, survivor.reference));
  }

  /**
   * Undoes the merge into {@code survivor}, within {@link #MERGE_UNDO_WINDOW}: the signal goes back
   * to the status it had, its reporter follows it again, and a decision the merge counted as one is
   * no longer counted. The one move out of {@code MERGED}, and only back where it came from.
   *
   * @throws MergeRefusedException when the signal is not merged into {@code survivor}, or the
   *     window has passed
   */
  public void undoMerge(Signal survivor, Actor staff, Instant at) {
    if (status != SignalStatus.MERGED || !survivor.id.equals(mergedInto)) {
      throw new MergeRefusedException(MergeRefusedException.Why.NOT_MERGED);
    }
    Instant merged = mergedAt.toInstant();
    if (at.isAfter(merged.plus(MERGE_UNDO_WINDOW))) {
      throw new MergeRefusedException(MergeRefusedException.Why.FINAL);
    }
    SignalStatus before = statusBeforeMerge();
    history.add(
        new StatusChange(
            this,
            history.size(),
            HistoryEvent.STATUS_CHANGED,
            status,
            before,
            at,
            staff,
            "merge undone"));
    status = before;
    if (clock().decidedAt().filter(merged::equals).isPresent()) {
      clock = clock().undecided();
    }
    mergedInto = null;
    mergedAt = null;
    survivor.noted(HistoryEvent.UNMERGED, reference.value(), staff, at);
    events.add(
        new SignalEvent.MergeUndone(reference, region, status, staff, at, survivor.reference));
  }

  private SignalStatus statusBeforeMerge() {
    for (int i = history.size() - 1; i >= 0; i--) {
      StatusChange change = history.get(i);
      if (change.event() == HistoryEvent.STATUS_CHANGED && change.to() == SignalStatus.MERGED) {
        return change.from().orElseThrow();
      }
    }
    throw new IllegalStateException("A merged signal without its merge in the history");
  }

  /**
   * A coordinator offers the signal to the region {@code to}, for {@code reason}: it stays this
   * region's until a coordinator there accepts it.
   *
   * @throws TransferRefusedException when the signal is decided, already offered, or of {@code to}
   */
  public void offerTransfer(Region to, String reason, String staffName, Actor staff, Instant at) {
    if (!status.isOpen()) {
      throw new TransferRefusedException(TransferRefusedException.Why.NOT_OPEN);
    }
    if (transfer != null) {
      throw new TransferRefusedException(TransferRefusedException.Why.ALREADY_OFFERED);
    }
    if (to == region) {
      throw new TransferRefusedException(TransferRefusedException.Why.SAME_REGION);
    }
    transfer = new Transfer(to, Objects.requireNonNull(reason, "reason"), staffName, at);
    noted(HistoryEvent.TRANSFER_OFFERED, to.name() + ": " + reason, staff, at);
    events.add(new SignalEvent.TransferOffered(reference, region, status, staff, at, to));
  }

  /**
   * The region the signal was offered to takes it: from now on it is that region's, and the one it
   * came from no longer sees it. Its status, deadlines and reporter are unchanged.
   *
   * @throws TransferRefusedException when it is not offered
   */
  public void acceptTransfer(Actor staff, Instant at) {
    Transfer offered = requireOffered();
    Region from = region;
    region = offered.to();
    transfer = null;
    noted(HistoryEvent.TRANSFER_ACCEPTED, from.name(), staff, at);
    events.add(new SignalEvent.TransferAccepted(reference, region, status, staff, at, from));
  }

  /**
   * The region the signal was offered to gives it back, for {@code reason}: it stays where it was.
   *
   * @throws TransferRefusedException when it is not offered
   */
  public void returnTransfer(String reason, Actor staff, Instant at) {
    Transfer offered = requireOffered();
    transfer = null;
    noted(
        HistoryEvent.TRANSFER_RETURNED,
        offered.to().name() + ": " + Objects.requireNonNull(reason, "reason"),
        staff,
        at);
    events.add(
        new SignalEvent.TransferReturned(reference, region, status, staff, at, offered.to()));
  }

  /**
   * The signal's own region takes its offer back.
   *
   * @throws TransferRefusedException when it is not offered
   */
  public void withdrawTransfer(Actor staff, Instant at) {
    withdrawn(requireOffered(), staff, at);
  }

  private void withdrawn(Transfer offered, Actor staff, Instant at) {
    transfer = null;
    noted(HistoryEvent.TRANSFER_WITHDRAWN, offered.to().name(), staff, at);
    events.add(
        new SignalEvent.TransferWithdrawn(reference, region, status, staff, at, offered.to()));
  }

  private Transfer requireOffered() {
    if (transfer == null) {
      throw new TransferRefusedException(TransferRefusedException.Why.NOT_OFFERED);
    }
    return transfer;
  }

  /**
   * Staff decide that the reporter may read which kinds of partner received the signal (the police,
   * the municipality), for {@code reason}; never the organisations' names. Deciding it again
   * changes nothing.
   *
   * @throws NothingForwardedException when the signal went to no partner
   */
  public void disclosePartners(String reason, Actor staff, Instant at) {
    if (handling.routedTo().isEmpty()) {
      throw new NothingForwardedException();
    }
    if (partnersDisclosedAt == null) {
      partnersDisclosedAt = at.atOffset(ZoneOffset.UTC);
      noted(HistoryEvent.PARTNERS_DISCLOSED, Objects.requireNonNull(reason, "reason"), staff, at);
    }
  }

  /** Staff take back that the reporter may read the kinds of partner, for {@code reason}. */
  public void concealPartners(String reason, Actor staff, Instant at) {
    if (partnersDisclosedAt != null) {
      partnersDisclosedAt = null;
      noted(HistoryEvent.PARTNERS_CONCEALED, Objects.requireNonNull(reason, "reason"), staff, at);
    }
  }

  /**
   * The kinds of partner the reporter may read the signal went to: none unless staff decided so.
   */
  public Set<Partner> partnersForReporter() {
    return partnersDisclosedAt == null ? Set.of() : handling.routedTo();
  }

  /** An entry in the history that changes nothing of the signal itself, in any status. */
  private void noted(HistoryEvent event, String detail, Actor actor, Instant at) {
    history.add(new StatusChange(this, history.size(), event, status, status, at, actor, detail));
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
    if (transfer != null && !next.isOpen()) {
      // Decided here after all: nothing is left for the other region to take over.
      withdrawn(transfer, actor, at);
    }
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

  /** The internal identifier of the signal this one was folded into, while it is merged. */
  public Optional<UUID> mergedInto() {
    return Optional.ofNullable(mergedInto);
  }

  /** When this signal was folded into another, while it is merged. */
  public Optional<Instant> mergedAt() {
    return Optional.ofNullable(mergedAt).map(OffsetDateTime::toInstant);
  }

  /** The region this signal is offered to, and why, while it is. */
  public Optional<Transfer> transfer() {
    return Optional.ofNullable(transfer);
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
