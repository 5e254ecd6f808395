package nl.waakzaam.intake.domain;

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
import java.util.UUID;
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
@NamedQuery(
    name = "Signal.newestInRegions",
    query =
        "select new nl.waakzaam.intake.domain.SignalSummary(s.id, s.reference.value, s.kind,"
            + " s.status, s.region, s.sector, s.receivedAt) from Signal s where s.region in :regions"
            + " order by s.receivedAt desc, s.id desc")
@NamedQuery(
    name = "Signal.newestInRegionsAfter",
    query =
        "select new nl.waakzaam.intake.domain.SignalSummary(s.id, s.reference.value, s.kind,"
            + " s.status, s.region, s.sector, s.receivedAt) from Signal s where s.region in :regions"
            + " and (s.receivedAt < :at or (s.receivedAt = :at and s.id < :id))"
            + " order by s.receivedAt desc, s.id desc")
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
        new StatusChange(signal, 0, null, SignalStatus.RECEIVED, receivedAt, submitter, null));
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
  }

  /** The reporter answered, or staff stop waiting: back into triage. */
  public void resumeTriage(Actor actor, Instant at) {
    requireStatus(SignalStatus.AWAITING_REPORTER, SignalStatus.IN_TRIAGE);
    moveTo(SignalStatus.IN_TRIAGE, actor, null, at);
  }

  /** Staff forwarded the signal to one or more partners. */
  public void route(Actor staff, String reason, Instant at) {
    moveTo(SignalStatus.ROUTED, staff, reason, at);
  }

  /** Staff closed the signal with an outcome that the reporter will read. */
  public void close(Actor staff, Outcome outcome, String reason, Instant at) {
    moveTo(SignalStatus.CLOSED, staff, reason, at);
    this.outcome = Objects.requireNonNull(outcome, "outcome");
  }

  /** Staff rejected the signal as abuse or spam. */
  public void reject(Actor staff, String reason, Instant at) {
    moveTo(SignalStatus.REJECTED, staff, Objects.requireNonNull(reason, "reason"), at);
  }

  /** The signal is a duplicate and is folded into {@code survivor}. */
  public void mergeInto(SignalReference survivor, Actor staff, Instant at) {
    if (survivor.equals(reference)) {
      throw new IllegalArgumentException("A signal cannot be merged into itself");
    }
    moveTo(SignalStatus.MERGED, staff, "merged into " + survivor.value(), at);
  }

  private void requireStatus(SignalStatus expected, SignalStatus next) {
    if (status != expected) {
      throw new IllegalTransitionException(status, next);
    }
  }

  private void moveTo(SignalStatus next, Actor actor, String reason, Instant at) {
    if (!status.canMoveTo(next)) {
      throw new IllegalTransitionException(status, next);
    }
    history.add(new StatusChange(this, history.size(), status, next, at, actor, reason));
    status = next;
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
