package nl.waakzaam.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A farmer's answers about an offer to rent a building: what building, for how much and how paid,
 * the story told, the changes asked for, how the approach came and what the farmer did with it.
 */
@Embeddable
public non-sealed class BarnOfferAnswers implements Answers {

  @Enumerated(EnumType.STRING)
  @Column(name = "barn_building_type", length = 30)
  private BuildingType buildingType;

  @Column(name = "barn_floor_area_m2")
  private Integer floorAreaSquareMetres;

  @Column(name = "barn_offered_rent_eur", precision = 12, scale = 2)
  private BigDecimal offeredRentEuros;

  @Enumerated(EnumType.STRING)
  @Column(name = "barn_rent_period", length = 10)
  private RentPeriod rentPeriod;

  @Column(name = "barn_rental_term_months")
  private Integer rentalTermMonths;

  @Column(name = "barn_cash_payment")
  private Boolean cashPayment;

  @Column(name = "barn_paid_upfront")
  private Boolean paidUpfront;

  @Column(name = "barn_stated_purpose", length = 1000)
  private String statedPurpose;

  @Column(name = "barn_requested_changes", length = 400)
  private String requestedChanges;

  @Column(name = "barn_requested_changes_note", length = 1000)
  private String requestedChangesNote;

  @Enumerated(EnumType.STRING)
  @Column(name = "barn_approach", length = 30)
  private ApproachChannel approach;

  @Enumerated(EnumType.STRING)
  @Column(name = "barn_offer_state", length = 20)
  private OfferState offerState;

  protected BarnOfferAnswers() {}

  public BarnOfferAnswers(
      BuildingType buildingType,
      Integer floorAreaSquareMetres,
      Rent rent,
      Integer rentalTermMonths,
      Boolean cashPayment,
      Boolean paidUpfront,
      String statedPurpose,
      Set<BuildingChange> requestedChanges,
      String requestedChangesNote,
      ApproachChannel approach,
      OfferState offerState) {
    this.buildingType = Objects.requireNonNull(buildingType, "building type");
    this.floorAreaSquareMetres = floorAreaSquareMetres;
    this.offeredRentEuros = rent == null ? null : rent.euros();
    this.rentPeriod = rent == null ? null : rent.period().orElse(null);
    this.rentalTermMonths = rentalTermMonths;
    this.cashPayment = cashPayment;
    this.paidUpfront = paidUpfront;
    this.statedPurpose = statedPurpose;
    this.requestedChanges = EnumSetColumn.join(requestedChanges);
    this.requestedChangesNote = requestedChangesNote;
    this.approach = Objects.requireNonNull(approach, "approach");
    this.offerState = Objects.requireNonNull(offerState, "offer state");
  }

  /**
   * An offered rent: an amount in euros and, where the reporter knows it, what it is for ("weet ik
   * niet" is an answer too: the amount alone is worth knowing).
   */
  public record Rent(BigDecimal euros, Optional<RentPeriod> period) {
    public Rent {
      Objects.requireNonNull(euros, "euros");
      Objects.requireNonNull(period, "period");
    }
  }

  @Override
  public SignalKind kind() {
    return SignalKind.BARN_OFFER;
  }

  @Override
  public List<Answer> answered() {
    return new Answer.Listed("barnOffer")
        .add("buildingType", buildingType)
        .add("floorAreaSquareMetres", floorAreaSquareMetres())
        .add("offeredRentEuros", Optional.ofNullable(offeredRentEuros))
        .add("rentPeriod", Optional.ofNullable(rentPeriod))
        .add("rentalTermMonths", rentalTermMonths())
        .add("cashPayment", cashPayment())
        .add("paidUpfront", paidUpfront())
        .add("statedPurpose", statedPurpose())
        .add("requestedChanges", requestedChanges())
        .add("requestedChangesNote", requestedChangesNote())
        .add("approach", approach)
        .add("offerState", offerState)
        .list();
  }

  public BuildingType buildingType() {
    return buildingType;
  }

  public Optional<Integer> floorAreaSquareMetres() {
    return Optional.ofNullable(floorAreaSquareMetres);
  }

  public Optional<Rent> rent() {
    return offeredRentEuros == null
        ? Optional.empty()
        : Optional.of(new Rent(offeredRentEuros, Optional.ofNullable(rentPeriod)));
  }

  public Optional<Integer> rentalTermMonths() {
    return Optional.ofNullable(rentalTermMonths);
  }

  /** Empty when the farmer does not know. */
  public Optional<Boolean> cashPayment() {
    return Optional.ofNullable(cashPayment);
  }

  public Optional<Boolean> paidUpfront() {
    return Optional.ofNullable(paidUpfront);
  }

  public Optional<String> statedPurpose() {
    return Optional.ofNullable(statedPurpose);
  }

  public Set<BuildingChange> requestedChanges() {
    return EnumSetColumn.split(requestedChanges, BuildingChange.class);
  }

  public Optional<String> requestedChangesNote() {
    return Optional.ofNullable(requestedChangesNote);
  }

  public ApproachChannel approach() {
    return approach;
  }

  public OfferState offerState() {
    return offerState;
  }
}
