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
import java.time.LocalDate;
import java.time.LocalTime;
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
 * the typed answers of its kind, a place, and whatever persons, vehicles and vessels it names. At
 * that moment it gets its public reference, the region whose platform will handle it, and the keyed
 * hash of the receipt code that only the reporter holds. It starts {@link SignalStatus#RECEIVED}.
 *
 * <p>From there staff of its region take it into triage, may ask the reporter a question and wait
 * for the answer, route it to partners, and close it with an {@link Outcome} the reporter will
 * read, or reject it as abuse; a duplicate is folded into another signal. Every move is checked
 * against the one table in {@link SignalStatus} and leaves a {@link StatusChange} in the history,
 * which is never rewritten: the history is how the platform accounts for what it did with a signal.
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
  @Column(name = "kind", length = 20, nullable = false, updatable = false)
  private SignalKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  private SignalStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 30)
  private Outcome outcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "sector", length = 20, nullable = false, updatable = false)
  private Sector sector;

  @Enumerated(EnumType.STRING)
  @Column(name = "region", length = 30, nullable = false)
  private Region region;

  @Enumerated(EnumType.STRING)
  @Column(name = "region_basis", length = 20, nullable = false)
  private RegionAssignment.Basis regionBasis;

  @Embedded private Location location;

  @Column(name = "observed_on", updatable = false)
  private LocalDate observedOn;

  @Column(name = "observed_time", updatable = false)
  private LocalTime observedTime;

  @Column(name = "description", updatable = false)
  private String description;

  @Embedded private GeneralAnswers general;

  @Embedded private BarnOfferAnswers barnOffer;

  @Embedded private VesselAnswers vessel;

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

  @Embedded private ContactDetails contact;

  @Column(name = "receipt_code_hash", nullable = false, updatable = false)
  private byte[] receiptCodeHash;

  @Column(name = "submission_key_hash", updatable = false)
  private byte[] submissionKeyHash;

  @Column(name = "received_at", nullable = false, updatable = false)
  private OffsetDateTime receivedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "priority", length = 10, nullable = false)
  private Priority priority = Priority.NORMAL;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", length = 30)
  private Category category;

  /** The user name of the staff member handling the signal. */
  @Column(name = "assignee", length = 100)
  private String assignee;

  @Embedded private TraceabilityCheck traceability;

  @Column(name = "routed_to", length = 200)
  private String routedTo;

  @Column(name = "outcome_text")
  private String outcomeText;

  @Column(name = "first_feedback_at")
  private OffsetDateTime firstFeedbackAt;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "feedback_due_at")
  private OffsetDateTime feedbackDueAt;

  @Column(name = "decision_due_at")
  private OffsetDateTime decisionDueAt;

  /** The deadline that counts now: first feedback until given, then the decision until taken. */
  @Column(name = "sla_due_at")
  private OffsetDateTime slaDueAt;

  /** Since when the reporter wrote something staff have not opened yet. */
  @Column(name = "reporter_news_at")
  private OffsetDateTime reporterNewsAt;

  @OneToMany(mappedBy = "signal", cascade = CascadeType.PERSIST)
  @OrderBy("sequenceNumber ASC")
  private List<StatusChange> history = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Signal() {}

  private Signal(
      SignalReference reference,
      SignalContent content,
      RegionAssignment assignment,
      byte[] receiptCodeHash,
      Instant receivedAt) {
    this.id = Randomness.uuid();
    this.reference = Objects.requireNonNull(reference, "reference");
    this.kind = content.kind();
    this.sector = content.sector();
    this.region = assignment.region();
    this.regionBasis = assignment.basis();
    this.location = new Location(content.place(), assignment.municipality());
    this.observedOn = content.observedOn().orElse(null);
    this.observedTime = content.observedTime().orElse(null);
    this.description = content.description().orElse(null);
    Answers answers = content.answers();
    if (answers instanceof GeneralAnswers g) {
      this.general = g;
    } else if (answers instanceof BarnOfferAnswers b) {
      this.barnOffer = b;
    } else {
      this.vessel = (VesselAnswers) answers;
    }
    this.persons.addAll(content.persons());
    this.vehicles.addAll(content.vehicles());
    this.vessels.addAll(content.vessels());
    this.contact = content.contact().orElse(null);
    this.receiptCodeHash = receiptCodeHash.clone();
    this.receivedAt = receivedAt.atOffset(ZoneOffset.UTC);
  }

  /**
   * A new signal, received now: status {@link SignalStatus#RECEIVED}, with the first event of its
   * history.
   *
   * @param receiptCodeHash the keyed hash of the receipt code handed to the reporter
   * @param submitter the reporter, or the association that submitted on a member's behalf
   */
  public static Signal receive(
      SignalReference reference,
      SignalContent content,
      RegionAssignment assignment,
      byte[] receiptCodeHash,
      Actor submitter,
      Instant receivedAt) {
    return receive(reference, content, assignment, receiptCodeHash, submitter, receivedAt, null);
  }

  /**
   * As {@link #receive(SignalReference, SignalContent, RegionAssignment, byte[], Actor, Instant)},
   * remembering the hash of the submitter's key for this submission, so that the same submission
   * sent twice is recognised.
   */
  public static Signal receive(
      SignalReference reference,
      SignalContent content,
      RegionAssignment assignment,
      byte[] receiptCodeHash,
      Actor submitter,
      Instant receivedAt,
      byte[] submissionKeyHash) {
    Signal signal = new Signal(reference, content, assignment, receiptCodeHash, receivedAt);
    signal.submissionKeyHash = submissionKeyHash == null ? null : submissionKeyHash.clone();
    signal.status = SignalStatus.RECEIVED;
    signal.history.add(
        new StatusChange(
            signal,
            0,
            HistoryEvent.STATUS_CHANGED,
            null,
            SignalStatus.RECEIVED,
            receivedAt,
            submitter,
            null));
    return signal;
  }

  /** Staff take a received signal into triage. */
  public void startTriage(Actor staff, Instant at) {
    requireStatus(SignalStatus.RECEIVED, SignalStatus.IN_TRIAGE);
    moveTo(SignalStatus.IN_TRIAGE, staff, null, at);
  }

  /** Staff asked the reporter a question; the signal waits for the answer. */
  public void awaitReporter(Actor staff, String question, Instant at) {
    moveTo(SignalStatus.AWAITING_REPORTER, staff, question, at);
    reporterHeard(at);
  }

  /** The reporter answered, or staff stop waiting: back into triage. */
  public void resumeTriage(Actor actor, Instant at) {
    requireStatus(SignalStatus.AWAITING_REPORTER, SignalStatus.IN_TRIAGE);
    moveTo(SignalStatus.IN_TRIAGE, actor, null, at);
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
    moveTo(SignalStatus.ROUTED, staff, note == null ? to : to + ": " + note, at);
    this.routedTo = to;
    decided(at);
  }

  /**
   * Staff closed the signal with an outcome and a text that the reporter will read. Closing as
   * forwarded needs the traceability check.
   *
   * @throws TraceabilityCheckMissingException when closing as forwarded without a check
   */
  public void close(Actor staff, Outcome outcome, String outcomeText, Instant at) {
    Objects.requireNonNull(outcome, "outcome");
    checkTransition(SignalStatus.CLOSED);
    if (outcome == Outcome.FORWARDED) {
      requireTraceabilityCheck();
    }
    moveTo(SignalStatus.CLOSED, staff, outcome.name(), at);
    this.outcome = outcome;
    this.outcomeText = outcomeText;
    reporterHeard(at);
    decided(at);
  }

  /** Staff rejected the signal as abuse or spam. */
  public void reject(Actor staff, String reason, Instant at) {
    moveTo(SignalStatus.REJECTED, staff, Objects.requireNonNull(reason, "reason"), at);
    reporterHeard(at);
    decided(at);
  }

  /** The signal is a duplicate and is folded into {@code survivor}. */
  public void mergeInto(SignalReference survivor, Actor staff, Instant at) {
    if (survivor.equals(reference)) {
      throw new IllegalArgumentException("A signal cannot be merged into itself");
    }
    moveTo(SignalStatus.MERGED, staff, "merged into " + survivor.value(), at);
    decided(at);
  }

  /** Sets when the reporter must hear from the platform and when staff must decide. */
  public void schedule(Deadlines deadlines) {
    this.feedbackDueAt = deadlines.firstFeedback().atOffset(ZoneOffset.UTC);
    this.decisionDueAt = deadlines.decision().atOffset(ZoneOffset.UTC);
    refreshDeadline();
  }

  /**
   * Staff hand the signal to {@code assignee} (a user name), or take it off anyone with {@code
   * null}.
   */
  public void assign(String assignee, Actor staff, Instant at) {
    requireOpen();
    this.assignee = assignee;
    record(HistoryEvent.ASSIGNED, staff, assignee == null ? "-" : assignee, at);
  }

  /**
   * Staff judge what the signal is about and how urgent it is; the time limits follow the new
   * priority.
   */
  public void classify(
      Category category,
      Priority priority,
      String reason,
      Deadlines deadlines,
      Actor staff,
      Instant at) {
    requireOpen();
    this.category = Objects.requireNonNull(category, "category");
    this.priority = Objects.requireNonNull(priority, "priority");
    record(HistoryEvent.CLASSIFIED, staff, category + ", " + priority + ": " + reason, at);
    schedule(deadlines);
  }

  /** Staff record whether the content could identify the reporter, and what to withhold then. */
  public void recordTraceability(TraceabilityCheck check, Actor staff, Instant at) {
    requireOpen();
    this.traceability = Objects.requireNonNull(check, "check");
    record(HistoryEvent.TRACEABILITY_CHECKED, staff, check.describe(), at);
  }

  /** The platform told the reporter something (a question, news): the first time counts. */
  public void reporterHeard(Instant at) {
    if (firstFeedbackAt == null) {
      firstFeedbackAt = at.atOffset(ZoneOffset.UTC);
      refreshDeadline();
    }
  }

  /** The reporter wrote: staff see it as news until they open the signal. */
  public void reporterWrote(Instant at) {
    if (reporterNewsAt == null) {
      reporterNewsAt = at.atOffset(ZoneOffset.UTC);
    }
  }

  /** Staff opened the signal: what the reporter wrote is read. */
  public void seenByStaff() {
    reporterNewsAt = null;
  }

  private void decided(Instant at) {
    if (decidedAt == null) {
      decidedAt = at.atOffset(ZoneOffset.UTC);
    }
    refreshDeadline();
  }

  private void refreshDeadline() {
    if (decidedAt != null) {
      slaDueAt = null;
    } else if (firstFeedbackAt == null) {
      slaDueAt = feedbackDueAt;
    } else {
      slaDueAt = decisionDueAt;
    }
  }

  private void requireTraceabilityCheck() {
    if (traceability == null || traceability.checkedAt() == null) {
      throw new TraceabilityCheckMissingException();
    }
  }

  /** Judgements are for signals still being handled. */
  private void requireOpen() {
    if (!status.isOpen()) {
      throw new IllegalTransitionException(status, status);
    }
  }

  private void record(HistoryEvent event, Actor actor, String detail, Instant at) {
    history.add(new StatusChange(this, history.size(), event, status, status, at, actor, detail));
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

  private void moveTo(SignalStatus next, Actor actor, String reason, Instant at) {
    checkTransition(next);
    history.add(
        new StatusChange(
            this, history.size(), HistoryEvent.STATUS_CHANGED, status, next, at, actor, reason));
    status = next;
  }

  /** The internal identifier, never shown outside the platform. */
  public UUID id() {
    return id;
  }

  public SignalReference reference() {
    return reference;
  }

  public SignalKind kind() {
    return kind;
  }

  public SignalStatus status() {
    return status;
  }

  /** Present once the signal is closed. */
  public Optional<Outcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  /** The reporter-facing text of the outcome, once closed. */
  public Optional<String> outcomeText() {
    return Optional.ofNullable(outcomeText);
  }

  public Priority priority() {
    return priority;
  }

  /** Staff's judgement of what the signal is about, once given. */
  public Optional<Category> category() {
    return Optional.ofNullable(category);
  }

  /** The user name of the staff member handling it, if any. */
  public Optional<String> assignee() {
    return Optional.ofNullable(assignee);
  }

  /** The latest traceability check, if one was recorded. */
  public Optional<TraceabilityCheck> traceability() {
    return Optional.ofNullable(traceability).filter(t -> t.checkedAt() != null);
  }

  /** The partners it was forwarded to; empty if it was not routed. */
  public Set<Partner> routedTo() {
    return EnumSetColumn.split(routedTo, Partner.class);
  }

  public Optional<Instant> firstFeedbackAt() {
    return Optional.ofNullable(firstFeedbackAt).map(OffsetDateTime::toInstant);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt).map(OffsetDateTime::toInstant);
  }

  public Optional<Instant> feedbackDueAt() {
    return Optional.ofNullable(feedbackDueAt).map(OffsetDateTime::toInstant);
  }

  public Optional<Instant> decisionDueAt() {
    return Optional.ofNullable(decisionDueAt).map(OffsetDateTime::toInstant);
  }

  /** The deadline that counts now; empty once decided. */
  public Optional<Instant> slaDueAt() {
    return Optional.ofNullable(slaDueAt).map(OffsetDateTime::toInstant);
  }

  /** Since when the reporter's latest writing waits unread by staff, if it does. */
  public Optional<Instant> reporterNewsAt() {
    return Optional.ofNullable(reporterNewsAt).map(OffsetDateTime::toInstant);
  }

  public Sector sector() {
    return sector;
  }

  public Region region() {
    return region;
  }

  public RegionAssignment.Basis regionBasis() {
    return regionBasis;
  }

  public Location location() {
    return location;
  }

  public Optional<LocalDate> observedOn() {
    return Optional.ofNullable(observedOn);
  }

  public Optional<LocalTime> observedTime() {
    return Optional.ofNullable(observedTime);
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** The answers of this signal's kind. */
  public Answers answers() {
    return switch (kind) {
      case GENERAL -> general;
      case BARN_OFFER -> barnOffer;
      case VESSEL -> vessel;
    };
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

  /** Empty for an anonymous reporter. */
  public Optional<ContactDetails> contact() {
    return Optional.ofNullable(contact);
  }

  public Instant receivedAt() {
    return receivedAt.toInstant();
  }

  /** Every status change, oldest first, starting with the receipt. */
  public List<StatusChange> history() {
    return Collections.unmodifiableList(history);
  }

  @Override
  public String toString() {
    return "Signal[" + reference + ", " + kind + ", " + status + ", " + region + "]";
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
