package nl.waakzaam.intake.interfaces.web;

import static nl.waakzaam.intake.interfaces.web.AnswerType.DATE;
import static nl.waakzaam.intake.interfaces.web.AnswerType.DATE_TIME;
import static nl.waakzaam.intake.interfaces.web.AnswerType.EMAIL;
import static nl.waakzaam.intake.interfaces.web.AnswerType.EUROS;
import static nl.waakzaam.intake.interfaces.web.AnswerType.LONG_TEXT;
import static nl.waakzaam.intake.interfaces.web.AnswerType.PHONE;
import static nl.waakzaam.intake.interfaces.web.AnswerType.TEXT;
import static nl.waakzaam.intake.interfaces.web.AnswerType.TIME;
import static nl.waakzaam.intake.interfaces.web.AnswerType.WHOLE_NUMBER;
import static nl.waakzaam.intake.interfaces.web.AnswerType.YES_NO;
import static nl.waakzaam.intake.interfaces.web.Question.oneOf;
import static nl.waakzaam.intake.interfaces.web.Question.optional;
import static nl.waakzaam.intake.interfaces.web.Question.required;
import static nl.waakzaam.intake.interfaces.web.Question.someOf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.waakzaam.signal.domain.ApproachChannel;
import nl.waakzaam.signal.domain.BuildingChange;
import nl.waakzaam.signal.domain.BuildingType;
import nl.waakzaam.signal.domain.OfferState;
import nl.waakzaam.signal.domain.PaymentMethod;
import nl.waakzaam.signal.domain.RentPeriod;
import nl.waakzaam.signal.domain.Sector;
import nl.waakzaam.signal.domain.SignalKind;
import nl.waakzaam.signal.domain.SuspicionType;
import nl.waakzaam.signal.domain.VesselType;
import nl.waakzaam.signal.domain.WarningSign;

/**
 * The questions of one kind's form, in steps and groups: first what happened (the kind's own
 * questions), then where and who, then how to reach the reporter (optional: anonymous by default),
 * then a review before sending. Questions nobody needs to see (the farmer's sector) are fixed.
 */
final class Questionnaire {

  /** The steps with questions; the review comes after them. */
  static final int STEPS = 3;

  static final int REVIEW = STEPS + 1;

  /** Slots for people, vehicles and other vessels on a page that works without JavaScript. */
  static final int SLOTS = 2;

  /**
   * A set of questions shown together under one legend.
   *
   * @param key the words of the legend and its introduction under {@code group.<key>.}
   * @param extra whether the group is folded away until the reporter opens it or fills it in
   */
  record Group(String key, int step, boolean extra, List<Question> questions) {

    /** The key without its slot number: {@code persons} for {@code persons.1}. */
    String textKey() {
      return key.replaceAll("\\.\\d+$", "");
    }

    /** The slot of a group of a repeated list ({@code 1} for {@code persons.1}), or -1. */
    int slot() {
      return key.matches(".*\\.\\d+")
          ? Integer.parseInt(key.substring(key.lastIndexOf('.') + 1))
          : -1;
    }
  }

  private final SignalKind kind;
  private final List<Group> groups;
  private final Map<String, String> fixed;

  private Questionnaire(SignalKind kind, List<Group> groups, Map<String, String> fixed) {
    this.kind = kind;
    this.groups = List.copyOf(groups);
    this.fixed = Map.copyOf(fixed);
  }

  static Questionnaire of(SignalKind kind) {
    List<Group> groups = new ArrayList<>();
    Map<String, String> fixed = Map.of();
    switch (kind) {
      case GENERAL -> groups.addAll(general());
      case BARN_OFFER -> {
        groups.addAll(barnOffer());
        fixed = Map.of("sector", Sector.AGRICULTURE.name());
      }
      case VESSEL -> groups.addAll(vessel());
    }
    groups.addAll(whereAndWho(kind));
    groups.add(
        group(
            "contact",
            3,
            false,
            optional("contact.name", TEXT, 3),
            optional("contact.email", EMAIL, 3),
            optional("contact.phone", PHONE, 3),
            optional("contact.shareWithPartners", YES_NO, 3)));
    return new Questionnaire(kind, groups, fixed);
  }

  SignalKind kind() {
    return kind;
  }

  List<Group> groups() {
    return groups;
  }

  List<Group> groupsOf(int step) {
    return groups.stream().filter(g -> g.step() == step).toList();
  }

  List<Question> questions() {
    return groups.stream().flatMap(g -> g.questions().stream()).toList();
  }

  Optional<Question> question(String name) {
    return questions().stream().filter(q -> q.name().equals(name)).findFirst();
  }

  /** Answers the form gives without asking, such as the farmer's sector. */
  Map<String, String> fixed() {
    return fixed;
  }

  private static List<Group> general() {
    return List.of(
        group(
            "general-what",
            1,
            false,
            oneOf("general.suspicion", 1, true, SuspicionType.values()),
            required("general.whatHappened", LONG_TEXT, 1),
            optional("observedOn", DATE, 1),
            optional("observedTime", TIME, 1)),
        group(
            "general-money",
            1,
            false,
            oneOf("general.paymentMethod", 1, false, PaymentMethod.values()),
            optional("general.amountEuros", EUROS, 1)),
        group(
            "general-counterparty",
            1,
            false,
            optional("general.counterpartyName", TEXT, 1),
            optional("general.counterpartyKvkNumber", TEXT, 1)),
        group("general-business", 1, false, oneOf("sector", 1, true, Sector.values())),
        group("more", 1, false, optional("description", LONG_TEXT, 1)));
  }

  private static List<Group> barnOffer() {
    return List.of(
        group(
            "barn-building",
            1,
            false,
            oneOf("barnOffer.buildingType", 1, true, BuildingType.values()),
            optional("barnOffer.floorAreaSquareMetres", WHOLE_NUMBER, 1)),
        group(
            "barn-money",
            1,
            false,
            optional("barnOffer.offeredRentEuros", EUROS, 1),
            oneOf("barnOffer.rentPeriod", 1, false, RentPeriod.values()),
            optional("barnOffer.rentalTermMonths", WHOLE_NUMBER, 1),
            optional("barnOffer.cashPayment", YES_NO, 1),
            optional("barnOffer.paidUpfront", YES_NO, 1)),
        group(
            "barn-purpose",
            1,
            false,
            optional("barnOffer.statedPurpose", LONG_TEXT, 1),
            someOf("barnOffer.requestedChanges", 1, BuildingChange.values()),
            optional("barnOffer.requestedChangesNote", LONG_TEXT, 1)),
        group(
            "barn-approach",
            1,
            false,
            oneOf("barnOffer.approach", 1, true, ApproachChannel.values()),
            oneOf("barnOffer.offerState", 1, true, OfferState.values()),
            optional("observedOn", DATE, 1)),
        group("more", 1, false, optional("description", LONG_TEXT, 1)));
  }

  private static List<Group> vessel() {
    return List.of(
        group(
            "vessel-port", 1, false, oneOf("sector", 1, true, Sector.MARITIME, Sector.RECREATION)),
        group(
            "vessel-vessel",
            1,
            false,
            oneOf("vessel.vesselType", 1, true, VesselType.values()),
            optional("vessel.vesselName", TEXT, 1),
            optional("vessel.registration", TEXT, 1),
            optional("vessel.flag", TEXT, 1),
            optional("vessel.mmsi", TEXT, 1)),
        group(
            "vessel-stay",
            1,
            false,
            optional("vessel.berth", TEXT, 1),
            optional("vessel.arrivedAt", DATE_TIME, 1),
            optional("vessel.departedAt", DATE_TIME, 1),
            optional("vessel.cashPayment", YES_NO, 1)),
        group(
            "vessel-signs",
            1,
            false,
            someOf("vessel.warningSigns", 1, WarningSign.values()),
            optional("observedOn", DATE, 1),
            optional("observedTime", TIME, 1)),
        group("more", 1, false, optional("description", LONG_TEXT, 1)));
  }

  private static List<Group> whereAndWho(SignalKind kind) {
    List<Group> groups = new ArrayList<>();
    groups.add(
        group(
            "location",
            2,
            false,
            optional("location.postcode", TEXT, 2),
            optional("location.municipality", TEXT, 2),
            optional("location.address", TEXT, 2)));
    slots(groups, "persons", "name", "role", "description", "phone", "email");
    slots(groups, "vehicles", "licencePlate", "country", "makeAndModel", "colour");
    if (kind == SignalKind.VESSEL) {
      slots(groups, "vessels", "name", "registration", "mmsi");
    }
    return groups;
  }

  private static void slots(List<Group> groups, String list, String... fields) {
    IntStream.range(0, SLOTS)
        .forEach(
            slot ->
                groups.add(
                    new Group(
                        list + "." + slot,
                        2,
                        slot > 0,
                        Arrays.stream(fields)
                            .map(f -> optional(list + "." + slot + "." + f, typeOf(f), 2))
                            .toList())));
  }

  private static AnswerType typeOf(String field) {
    return switch (field) {
      case "description" -> LONG_TEXT;
      case "phone" -> PHONE;
      case "email" -> EMAIL;
      default -> TEXT;
    };
  }

  private static Group group(String key, int step, boolean extra, Question... questions) {
    return new Group(key, step, extra, List.of(questions));
  }
}
