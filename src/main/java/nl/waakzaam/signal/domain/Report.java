package nl.waakzaam.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import nl.waakzaam.regions.domain.Municipality;

/**
 * What the reporter said, as received: the kind and its typed answers, the sector, where and when,
 * the free description and the contact details left, if any. Fixed once received: no column of it
 * is ever updated. The persons, vehicles and vessels it names are the root's, as {@link
 * Signal#mentions()}: EclipseLink maps no element collection inside an embeddable that shares the
 * entity's table.
 */
@Embeddable
public class Report {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false, updatable = false)
  private SignalKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "sector", length = 20, nullable = false, updatable = false)
  private Sector sector;

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

  @Embedded private ContactDetails contact;

  protected Report() {}

  /** The report of {@code content}, placed in the municipality the reference data found. */
  Report(SignalContent content, Optional<Municipality> municipality) {
    this.kind = content.kind();
    this.sector = content.sector();
    this.location = new Location(content.place(), municipality);
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
    this.contact = content.contact().orElse(null);
  }

  public SignalKind kind() {
    return kind;
  }

  public Sector sector() {
    return sector;
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

  /** The answers of this report's kind. */
  public Answers answers() {
    return switch (kind) {
      case GENERAL -> general;
      case BARN_OFFER -> barnOffer;
      case VESSEL -> vessel;
    };
  }

  /** Empty for an anonymous reporter. */
  public Optional<ContactDetails> contact() {
    return Optional.ofNullable(contact);
  }
}
