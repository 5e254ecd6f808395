package nl.waakzaam.routing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.shared.domain.NullableUuid;
import nl.waakzaam.shared.domain.WorkingDays;

/**
 * One signal as one partner received it: for whom, on which legal basis (its wording kept as it
 * was), by whom and when; the contents and the document kept as encrypted files; when the partner
 * first read it and what it did with it. The contents never change after forwarding.
 */
@Entity
@Table(name = "forwarding_package")
public class ForwardingPackage {

  @Id private UUID id;

  @Column(name = "signal_id")
  @Convert(converter = NullableUuid.class)
  private UUID signalId;

  @Column(name = "signal_reference")
  private String signalReference;

  @Enumerated(EnumType.STRING)
  @Column(name = "region")
  private Region region;

  @Column(name = "organisation_id")
  private String organisation;

  @Column(name = "legal_basis")
  private String legalBasis;

  @Column(name = "legal_basis_wording")
  private String legalBasisWording;

  @Column(name = "forwarded_by")
  private String forwardedBy;

  @Column(name = "forwarded_at")
  private OffsetDateTime forwardedAt;

  @Column(name = "contents_blob_id")
  @Convert(converter = NullableUuid.class)
  private UUID contents;

  @Column(name = "document_blob_id")
  @Convert(converter = NullableUuid.class)
  private UUID document;

  @Column(name = "notice_pending")
  private boolean noticePending;

  @Column(name = "first_read_at")
  private OffsetDateTime firstReadAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome")
  private PartnerOutcome outcome;

  @Column(name = "outcome_on")
  private LocalDate outcomeOn;

  @Column(name = "outcome_note")
  private String outcomeNote;

  @Column(name = "outcome_at")
  private OffsetDateTime outcomeAt;

  @Column(name = "outcome_by")
  private String outcomeBy;

  protected ForwardingPackage() {}

  /** What a package is made of when it is forwarded. */
  public record Made(
      UUID id,
      UUID signal,
      String reference,
      Region region,
      String organisation,
      LegalBasis basis,
      String forwardedBy,
      Instant forwardedAt,
      UUID contents,
      UUID document) {}

  public ForwardingPackage(Made made) {
    this.id = Objects.requireNonNull(made.id());
    this.signalId = Objects.requireNonNull(made.signal());
    this.signalReference = made.reference();
    this.region = made.region();
    this.organisation = made.organisation();
    this.legalBasis = made.basis().key();
    this.legalBasisWording = made.basis().wording();
    this.forwardedBy = made.forwardedBy();
    this.forwardedAt = made.forwardedAt().atOffset(ZoneOffset.UTC);
    this.contents = made.contents();
    this.document = made.document();
  }

  /** The partner's functional mailbox is to be told, without content, that this package waits. */
  public void awaitNotice() {
    noticePending = true;
  }

  /**
   * Whether no one of the partner has opened the package within {@code workingDays} working days of
   * its forwarding.
   */
  public boolean overdueAt(Instant now, int workingDays) {
    return firstReadAt == null && now.isAfter(WorkingDays.after(forwardedAt(), workingDays));
  }

  /** Marks the first read by the partner; later reads leave it. */
  public void read(Instant at) {
    if (firstReadAt == null) {
      firstReadAt = at.atOffset(ZoneOffset.UTC);
    }
  }

  /**
   * Registers what the partner did; registered again, the newer counts (the audit trail keeps
   * both).
   */
  public void registerOutcome(
      PartnerOutcome what, LocalDate on, Optional<String> note, Instant at, String by) {
    this.outcome = Objects.requireNonNull(what);
    this.outcomeOn = Objects.requireNonNull(on);
    this.outcomeNote = note.orElse(null);
    this.outcomeAt = at.atOffset(ZoneOffset.UTC);
    this.outcomeBy = Objects.requireNonNull(by);
    read(at);
  }

  public UUID id() {
    return id;
  }

  public UUID signal() {
    return signalId;
  }

  public String reference() {
    return signalReference;
  }

  public Region region() {
    return region;
  }

  public String organisation() {
    return organisation;
  }

  public String legalBasis() {
    return legalBasis;
  }

  public String forwardedBy() {
    return forwardedBy;
  }

  public Instant forwardedAt() {
    return forwardedAt.toInstant();
  }

  public UUID contents() {
    return contents;
  }

  public UUID document() {
    return document;
  }

  public Optional<Instant> firstReadAt() {
    return Optional.ofNullable(firstReadAt).map(OffsetDateTime::toInstant);
  }

  public Optional<PartnerOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  public Optional<LocalDate> outcomeOn() {
    return Optional.ofNullable(outcomeOn);
  }

  public Optional<String> outcomeNote() {
    return Optional.ofNullable(outcomeNote);
  }

  public Optional<Instant> outcomeAt() {
    return Optional.ofNullable(outcomeAt).map(OffsetDateTime::toInstant);
  }
}
