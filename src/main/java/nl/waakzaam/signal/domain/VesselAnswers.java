package nl.waakzaam.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A port or marina operator's answers about a vessel: what it is, where it lay, when it came and
 * went, how it paid, and which warning signs were seen. Times are local Dutch time, as read off the
 * quay.
 */
@Embeddable
public non-sealed class VesselAnswers implements Answers {

  @Column(name = "vessel_name", length = 100)
  private String vesselName;

  @Enumerated(EnumType.STRING)
  @Column(name = "vessel_type", length = 30)
  private VesselType vesselType;

  @Column(name = "vessel_registration", length = 50)
  private String registration;

  @Column(name = "vessel_flag", length = 2)
  private String flag;

  @Column(name = "vessel_mmsi", length = 9)
  private String mmsi;

  @Column(name = "vessel_berth", length = 100)
  private String berth;

  @Column(name = "vessel_arrived_at")
  private LocalDateTime arrivedAt;

  @Column(name = "vessel_departed_at")
  private LocalDateTime departedAt;

  @Column(name = "vessel_cash_payment")
  private Boolean cashPayment;

  @Column(name = "vessel_warning_signs", length = 400)
  private String warningSigns;

  protected VesselAnswers() {}

  public VesselAnswers(
      String vesselName,
      VesselType vesselType,
      String registration,
      String flag,
      Mmsi mmsi,
      String berth,
      LocalDateTime arrivedAt,
      LocalDateTime departedAt,
      Boolean cashPayment,
      Set<WarningSign> warningSigns) {
    if (arrivedAt != null && departedAt != null && departedAt.isBefore(arrivedAt)) {
      throw new IllegalArgumentException("A vessel cannot leave before it arrives");
    }
    this.vesselName = vesselName;
    this.vesselType = Objects.requireNonNull(vesselType, "vessel type");
    this.registration = registration;
    this.flag = flag;
    this.mmsi = mmsi == null ? null : mmsi.value();
    this.berth = berth;
    this.arrivedAt = arrivedAt;
    this.departedAt = departedAt;
    this.cashPayment = cashPayment;
    this.warningSigns = EnumSetColumn.join(warningSigns);
  }

  @Override
  public SignalKind kind() {
    return SignalKind.VESSEL;
  }

  @Override
  public List<Answer> answered() {
    return new Answer.Listed("vessel")
        .add("vesselType", vesselType)
        .add("vesselName", vesselName())
        .add("registration", registration())
        .add("flag", flag())
        .add("mmsi", mmsi().map(Mmsi::value))
        .add("berth", berth())
        .add("arrivedAt", arrivedAt())
        .add("departedAt", departedAt())
        .add("cashPayment", cashPayment())
        .add("warningSigns", warningSigns())
        .list();
  }

  public Optional<String> vesselName() {
    return Optional.ofNullable(vesselName);
  }

  public VesselType vesselType() {
    return vesselType;
  }

  public Optional<String> registration() {
    return Optional.ofNullable(registration);
  }

  /** ISO 3166 alpha-2 code of the flag state. */
  public Optional<String> flag() {
    return Optional.ofNullable(flag);
  }

  public Optional<Mmsi> mmsi() {
    return Mmsi.parse(mmsi);
  }

  public Optional<String> berth() {
    return Optional.ofNullable(berth);
  }

  public Optional<LocalDateTime> arrivedAt() {
    return Optional.ofNullable(arrivedAt);
  }

  public Optional<LocalDateTime> departedAt() {
    return Optional.ofNullable(departedAt);
  }

  public Optional<Boolean> cashPayment() {
    return Optional.ofNullable(cashPayment);
  }

  public Set<WarningSign> warningSigns() {
    return EnumSetColumn.split(warningSigns, WarningSign.class);
  }
}
