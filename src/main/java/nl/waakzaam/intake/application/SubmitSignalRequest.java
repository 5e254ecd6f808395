package nl.waakzaam.intake.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.waakzaam.regions.domain.Postcode;
import nl.waakzaam.shared.application.Consistent;
import nl.waakzaam.signal.domain.ApproachChannel;
import nl.waakzaam.signal.domain.BuildingChange;
import nl.waakzaam.signal.domain.BuildingType;
import nl.waakzaam.signal.domain.KvkNumber;
import nl.waakzaam.signal.domain.LicencePlate;
import nl.waakzaam.signal.domain.Mmsi;
import nl.waakzaam.signal.domain.OfferState;
import nl.waakzaam.signal.domain.PaymentMethod;
import nl.waakzaam.signal.domain.RentPeriod;
import nl.waakzaam.signal.domain.Sector;
import nl.waakzaam.signal.domain.SignalKind;
import nl.waakzaam.signal.domain.SuspicionType;
import nl.waakzaam.signal.domain.VesselType;
import nl.waakzaam.signal.domain.WarningSign;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/signals}: a new signal. The questionnaire of its {@code kind}
 * goes in the section of that name ({@code general}, {@code barnOffer} or {@code vessel}); the
 * other two sections stay out. Leave {@code contact} out to stay anonymous.
 */
@Consistent
@Schema(name = "SubmitSignalRequest")
public record SubmitSignalRequest(
    @NotNull SignalKind kind,
    @NotNull Sector sector,
    @NotNull @Valid Location location,
    @PastOrPresent LocalDate observedOn,
    LocalTime observedTime,
    @Size(max = 10_000) String description,
    @Valid General general,
    @Valid BarnOffer barnOffer,
    @Valid Vessel vessel,
    @Size(max = MAX_MENTIONS, message = "{list.too-long}") List<@Valid Person> persons,
    @Size(max = MAX_MENTIONS, message = "{list.too-long}") List<@Valid Vehicle> vehicles,
    @Size(max = MAX_MENTIONS, message = "{list.too-long}") List<@Valid VesselMention> vessels,
    @Valid Contact contact)
    implements Consistent.Rules {

  static final int MAX_MENTIONS = 20;
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  @Override
  public void check(Consistent.Report report) {
    if (kind != null) {
      section(report, SignalKind.GENERAL, "general", general);
      section(report, SignalKind.BARN_OFFER, "barnOffer", barnOffer);
      section(report, SignalKind.VESSEL, "vessel", vessel);
    }
    report.require(
        observedTime == null || observedOn != null,
        "observedTime",
        "signal.observed-time.without-date");
  }

  /** The section of the signal's own kind is required; the others must stay out. */
  private void section(Consistent.Report report, SignalKind of, String name, Object answers) {
    if (of == kind) {
      report.require(answers != null, name, "signal.answers.missing");
    } else {
      report.require(answers == null, name, "signal.answers.other-kind");
    }
  }

  /** Where it happened: a postcode, a municipality, or both. */
  @Consistent
  @Schema(name = "SignalLocation")
  public record Location(
      @Size(max = 7) String postcode,
      @Size(max = 100) String municipality,
      @Size(max = 200) String address)
      implements Consistent.Rules {

    @Override
    public void check(Consistent.Report report) {
      report.require(
          postcode != null || municipality != null,
          "postcode",
          "location.postcode-or-municipality");
      report.require(
          postcode == null || Postcode.isValid(postcode), "postcode", "location.postcode.invalid");
    }
  }

  /** The questionnaire of an entrepreneur ({@code GENERAL}). */
  @Consistent
  @Schema(name = "GeneralAnswers")
  public record General(
      @NotNull @Size(max = 500) String whatHappened,
      @NotNull SuspicionType suspicion,
      @Size(max = 200) String counterpartyName,
      @Size(max = 20) String counterpartyKvkNumber,
      PaymentMethod paymentMethod,
      @DecimalMin("0") @DecimalMax(MAX_EUROS) @Digits(integer = 10, fraction = 2)
          BigDecimal amountEuros)
      implements Consistent.Rules {

    @Override
    public void check(Consistent.Report report) {
      report.require(
          counterpartyKvkNumber == null || KvkNumber.isValid(counterpartyKvkNumber),
          "counterpartyKvkNumber",
          "general.kvk-number.invalid");
    }
  }

  /** The questionnaire of a farmer offered money for a building ({@code BARN_OFFER}). */
  @Consistent
  @Schema(name = "BarnOfferAnswers")
  public record BarnOffer(
      @NotNull BuildingType buildingType,
      @Min(1) @Max(1_000_000) Integer floorAreaSquareMetres,
      @DecimalMin("0") @DecimalMax(MAX_EUROS) @Digits(integer = 10, fraction = 2)
          BigDecimal offeredRentEuros,
      RentPeriod rentPeriod,
      @Min(1) @Max(600) Integer rentalTermMonths,
      Boolean cashPayment,
      Boolean paidUpfront,
      @Size(max = 1000) String statedPurpose,
      Set<BuildingChange> requestedChanges,
      @Size(max = 1000) String requestedChangesNote,
      @NotNull ApproachChannel approach,
      @NotNull OfferState offerState)
      implements Consistent.Rules {

    @Override
    public void check(Consistent.Report report) {
      // An amount without its period is an answer ("weet ik niet"); a period without an amount not.
      report.require(
          rentPeriod == null || offeredRentEuros != null, "offeredRentEuros", "barn.rent.missing");
    }
  }

  /** The questionnaire of a port or marina operator ({@code VESSEL}). */
  @Consistent
  @Schema(name = "VesselAnswers")
  public record Vessel(
      @Size(max = 100) String vesselName,
      @NotNull VesselType vesselType,
      @Size(max = 50) String registration,
      @Size(max = 2) String flag,
      @Size(max = 12) String mmsi,
      @Size(max = 100) String berth,
      LocalDateTime arrivedAt,
      LocalDateTime departedAt,
      Boolean cashPayment,
      Set<WarningSign> warningSigns)
      implements Consistent.Rules {

    @Override
    public void check(Consistent.Report report) {
      report.require(flag == null || COUNTRIES.contains(flag), "flag", "country.invalid");
      report.require(mmsi == null || Mmsi.isValid(mmsi), "mmsi", "mmsi.invalid");
      report.require(
          arrivedAt == null || departedAt == null || !departedAt.isBefore(arrivedAt),
          "departedAt",
          "vessel.departed-before-arrival");
    }
  }

  /** Someone the signal is about; give what you know. */
  @Consistent
  @Schema(name = "MentionedPerson")
  public record Person(
      @Size(max = 200) String name,
      @Size(max = 200) String role,
      @Size(max = 1000) String description,
      @Size(max = 30) String phone,
      @Email @Size(max = 254) String email)
      implements Consistent.Rules {

    @Override
    public void check(Consistent.Report report) {
      report.require(
          name != null || role != null || description != null || phone != null || email != null,
          "name",
          "person.empty");
      report.require(phone == null || isPhoneNumber(phone), "phone", "phone.invalid");
    }
  }

  /** A vehicle, known by its licence plate. */
  @Consistent
  @Schema(name = "MentionedVehicle")
  public record Vehicle(
      @NotNull @Size(max = 20) String licencePlate,
      @Size(max = 2) String country,
      @Size(max = 100) String makeAndModel,
      @Size(max = 50) String colour)
      implements Consistent.Rules {

    @Override
    public void check(Consistent.Report report) {
      report.require(country == null || COUNTRIES.contains(country), "country", "country.invalid");
      report.require(
          licencePlate == null || LicencePlate.isValid(licencePlate, country),
          "licencePlate",
          "NL".equals(country) ? "licence-plate.invalid-dutch" : "licence-plate.invalid");
    }
  }

  /** Another vessel the signal names, by name, registration or MMSI. */
  @Consistent
  @Schema(name = "MentionedVessel")
  public record VesselMention(
      @Size(max = 100) String name,
      @Size(max = 50) String registration,
      @Size(max = 12) String mmsi)
      implements Consistent.Rules {

    @Override
    public void check(Consistent.Report report) {
      report.require(
          name != null || registration != null || mmsi != null, "name", "vessel-mention.empty");
      report.require(mmsi == null || Mmsi.isValid(mmsi), "mmsi", "mmsi.invalid");
    }
  }

  /**
   * How the platform may reach a reporter who chose to leave contact details, and whether the
   * reporter consents to these being shared with partners (required once details are given).
   */
  @Consistent
  @Schema(name = "ContactDetails")
  public record Contact(
      @Size(max = 200) String name,
      @Email @Size(max = 254) String email,
      @Size(max = 30) String phone,
      @NotNull Boolean shareWithPartners)
      implements Consistent.Rules {

    @Override
    public void check(Consistent.Report report) {
      report.require(email != null || phone != null, "email", "contact.email-or-phone");
      report.require(phone == null || isPhoneNumber(phone), "phone", "phone.invalid");
    }
  }

  static final String MAX_EUROS = "1000000000";

  /**
   * A phone number as people write it: an optional +, then 6 to 15 digits with spaces, dashes,
   * brackets.
   */
  static boolean isPhoneNumber(String text) {
    long digits = text.chars().filter(Character::isDigit).count();
    return text.matches("\\+?[0-9 ()-]+") && digits >= 6 && digits <= 15;
  }
}
