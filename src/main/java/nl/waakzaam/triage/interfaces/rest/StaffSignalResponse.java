package nl.waakzaam.triage.interfaces.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import nl.waakzaam.signal.domain.BarnOfferAnswers;
import nl.waakzaam.signal.domain.GeneralAnswers;
import nl.waakzaam.signal.domain.KvkNumber;
import nl.waakzaam.signal.domain.Mmsi;
import nl.waakzaam.signal.domain.VesselAnswers;
import nl.waakzaam.triage.domain.StaffAction;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything a signal says, for staff of its region: the full staff view, assembled by {@link
 * StaffSignalAssembler} inside the transaction that read it. {@code merge} is set while the signal
 * is a duplicate folded into another; {@code duplicates} are those folded into it, each in full:
 * what their reporters said belongs to this signal now. (No {@code @Schema} on a record component
 * that is a record or a list of them: Payara then writes it inline, or as a list of lists.)
 */
@Schema(name = "StaffSignal")
public record StaffSignalResponse(
    String reference,
    String kind,
    String status,
    String outcome,
    String region,
    String regionBasis,
    String sector,
    Place place,
    LocalDate observedOn,
    LocalTime observedTime,
    String description,
    General general,
    BarnOffer barnOffer,
    Vessel vessel,
    List<LabelledAnswer> answered,
    List<Person> persons,
    List<Vehicle> vehicles,
    List<VesselMention> vessels,
    Contact contact,
    Instant receivedAt,
    @Schema(
            description =
                "The industry association that submitted it for one of its members, if one did;"
                    + " never which member.")
        String submittedBy,
    Handling handling,
    @Schema(
            description =
                "What the caller may do with the signal now: its status allows it (the one status"
                    + " table) and the caller holds the permission.",
            type = SchemaType.ARRAY,
            implementation = StaffAction.class)
        List<StaffAction> allowedActions,
    List<Event> history,
    List<ConversationMessage> messages,
    Merge merge,
    List<Duplicate> duplicates,
    Transfer transfer) {

  /** The region the signal is offered to, while it is, named as {@code region} is. */
  @Schema(name = "SignalTransfer")
  public record Transfer(
      @Schema(example = "ZEELAND_WEST_BRABANT") String to,
      String reason,
      String offeredBy,
      Instant offeredAt) {}

  /**
   * A duplicate folded into this signal, in full (its own {@code duplicates} empty: merges are one
   * level deep). Wrapped, so that the contract can name the staff view within itself.
   */
  @Schema(name = "StaffDuplicate")
  public record Duplicate(StaffSignalResponse signal) {}

  /** The signal this duplicate was folded into, since when, and until when that can be undone. */
  @Schema(name = "SignalMerge")
  public record Merge(
      @Schema(example = "VO-2026-483920") String survivor,
      Instant mergedAt,
      Instant undoableUntil) {}

  /**
   * One answer of the form in the words the reporter read: the question as the form asked it and
   * the answer as they chose or wrote it, in Dutch; {@code question} is the answer's key, as in
   * {@code general}, {@code barnOffer} or {@code vessel}.
   */
  @Schema(name = "LabelledAnswer")
  public record LabelledAnswer(
      @Schema(example = "barnOffer.buildingType") String question,
      @Schema(example = "Wat voor gebouw of grond is het?") String label,
      @Schema(example = "Schuur") String value) {}

  /** Where it happened, as given, and the municipality the reference data found. */
  public record Place(
      String postcode, String municipality, String municipalityCode, String address) {}

  /** The answers of a {@code GENERAL} signal. */
  @Schema(name = "StaffGeneralAnswers")
  public record General(
      String whatHappened,
      String suspicion,
      String counterpartyName,
      String counterpartyKvkNumber,
      String paymentMethod,
      BigDecimal amountEuros) {
    static General of(GeneralAnswers g) {
      return new General(
          g.whatHappened(),
          g.suspicion().name(),
          g.counterpartyName().orElse(null),
          g.counterpartyKvkNumber().map(KvkNumber::value).orElse(null),
          g.paymentMethod().map(Enum::name).orElse(null),
          g.amountEuros().orElse(null));
    }
  }

  /** The answers of a {@code BARN_OFFER} signal. */
  @Schema(name = "StaffBarnOfferAnswers")
  public record BarnOffer(
      String buildingType,
      Integer floorAreaSquareMetres,
      BigDecimal offeredRentEuros,
      String rentPeriod,
      Integer rentalTermMonths,
      Boolean cashPayment,
      Boolean paidUpfront,
      String statedPurpose,
      List<String> requestedChanges,
      String requestedChangesNote,
      String approach,
      String offerState) {
    static BarnOffer of(BarnOfferAnswers b) {
      return new BarnOffer(
          b.buildingType().name(),
          b.floorAreaSquareMetres().orElse(null),
          b.rent().map(BarnOfferAnswers.Rent::euros).orElse(null),
          b.rent().flatMap(BarnOfferAnswers.Rent::period).map(Enum::name).orElse(null),
          b.rentalTermMonths().orElse(null),
          b.cashPayment().orElse(null),
          b.paidUpfront().orElse(null),
          b.statedPurpose().orElse(null),
          b.requestedChanges().stream().map(Enum::name).sorted().toList(),
          b.requestedChangesNote().orElse(null),
          b.approach().name(),
          b.offerState().name());
    }
  }

  /** The answers of a {@code VESSEL} signal. */
  @Schema(name = "StaffVesselAnswers")
  public record Vessel(
      String vesselName,
      String vesselType,
      String registration,
      String flag,
      String mmsi,
      String berth,
      LocalDateTime arrivedAt,
      LocalDateTime departedAt,
      Boolean cashPayment,
      List<String> warningSigns) {
    static Vessel of(VesselAnswers v) {
      return new Vessel(
          v.vesselName().orElse(null),
          v.vesselType().name(),
          v.registration().orElse(null),
          v.flag().orElse(null),
          v.mmsi().map(Mmsi::value).orElse(null),
          v.berth().orElse(null),
          v.arrivedAt().orElse(null),
          v.departedAt().orElse(null),
          v.cashPayment().orElse(null),
          v.warningSigns().stream().map(Enum::name).sorted().toList());
    }
  }

  /** A person the signal names. */
  @Schema(name = "StaffMentionedPerson")
  public record Person(String name, String role, String description, String phone, String email) {}

  /** A vehicle the signal names. */
  @Schema(name = "StaffMentionedVehicle")
  public record Vehicle(String licencePlate, String country, String makeAndModel, String colour) {}

  /** Another vessel the signal names. */
  @Schema(name = "StaffMentionedVessel")
  public record VesselMention(String name, String registration, String mmsi) {}

  /** The reporter's contact details and consent, if they chose to leave them. */
  @Schema(name = "StaffContactDetails")
  public record Contact(String name, String email, String phone, boolean shareWithPartners) {}

  /**
   * What staff decided about the signal so far, and how its clock stands. {@code unread} says the
   * reporter wrote something no one had opened before this look.
   */
  @Schema(name = "SignalHandling")
  public record Handling(
      String priority,
      String category,
      String assignee,
      Traceability traceability,
      List<String> routedTo,
      @Schema(description = "Whether the reporter may read the kinds of partner it went to.")
          boolean partnersShownToReporter,
      String outcomeText,
      Instant firstFeedbackDue,
      Instant firstFeedbackAt,
      Instant decisionDue,
      Instant decidedAt,
      Instant deadline,
      String sla,
      boolean unread) {}

  /** The latest traceability check: could the content identify the reporter, what to withhold. */
  @Schema(name = "TraceabilityCheck")
  public record Traceability(
      boolean identifying,
      String withhold,
      @Schema(
              type = SchemaType.ARRAY,
              implementation = String.class,
              description = "The parts partners must not get.")
          List<String> withheldParts,
      Instant checkedAt,
      String checkedBy) {}

  /** One event of the history: a status change or a judgement, by whom, when and why. */
  public record Event(
      @Schema(
              enumeration = {
                "STATUS_CHANGED",
                "ASSIGNED",
                "CLASSIFIED",
                "TRACEABILITY_CHECKED",
                "MERGED_IN",
                "UNMERGED",
                "TRANSFER_OFFERED",
                "TRANSFER_ACCEPTED",
                "TRANSFER_RETURNED",
                "TRANSFER_WITHDRAWN",
                "PARTNERS_DISCLOSED",
                "PARTNERS_CONCEALED",
                "FORWARDED_FURTHER"
              })
          String event,
      String from,
      String to,
      Instant at,
      String actorType,
      String actor,
      String reason) {}

  /** One message between the platform and the reporter; staff see which colleague wrote it. */
  @Schema(name = "ConversationMessage")
  public record ConversationMessage(
      @Schema(enumeration = {"STAFF", "REPORTER"}) String author,
      @Schema(enumeration = {"QUESTION", "INFORMATION", "REPLY", "ADDITION"}) String kind,
      String staffMember,
      String text,
      Instant at) {}
}
