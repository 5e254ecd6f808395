package nl.waakzaam.intake.application;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.waakzaam.regions.domain.Postcode;
import nl.waakzaam.signal.domain.Answers;
import nl.waakzaam.signal.domain.BarnOfferAnswers;
import nl.waakzaam.signal.domain.ContactDetails;
import nl.waakzaam.signal.domain.GeneralAnswers;
import nl.waakzaam.signal.domain.KvkNumber;
import nl.waakzaam.signal.domain.LicencePlate;
import nl.waakzaam.signal.domain.MentionedPerson;
import nl.waakzaam.signal.domain.MentionedVehicle;
import nl.waakzaam.signal.domain.MentionedVessel;
import nl.waakzaam.signal.domain.Mmsi;
import nl.waakzaam.signal.domain.Place;
import nl.waakzaam.signal.domain.SignalContent;
import nl.waakzaam.signal.domain.VesselAnswers;

/** From a validated {@link SubmitSignalRequest} to the domain's {@link SignalContent}. */
public final class SubmissionMapper {

  private SubmissionMapper() {}

  public static SignalContent toContent(SubmitSignalRequest r) {
    return new SignalContent(
        r.sector(),
        place(r.location()),
        Optional.ofNullable(r.observedOn()),
        Optional.ofNullable(r.observedTime()),
        Optional.ofNullable(r.description()),
        answers(r),
        each(r.persons(), SubmissionMapper::person),
        each(r.vehicles(), SubmissionMapper::vehicle),
        each(r.vessels(), SubmissionMapper::vessel),
        Optional.ofNullable(r.contact()).map(SubmissionMapper::contact));
  }

  private static Place place(SubmitSignalRequest.Location l) {
    return new Place(
        Postcode.parse(l.postcode()),
        Optional.ofNullable(l.municipality()),
        Optional.ofNullable(l.address()));
  }

  private static Answers answers(SubmitSignalRequest r) {
    return switch (r.kind()) {
      case GENERAL -> general(r.general());
      case BARN_OFFER -> barnOffer(r.barnOffer());
      case VESSEL -> vessel(r.vessel());
    };
  }

  private static GeneralAnswers general(SubmitSignalRequest.General g) {
    return new GeneralAnswers(
        g.whatHappened(),
        g.suspicion(),
        g.counterpartyName(),
        KvkNumber.parse(g.counterpartyKvkNumber()).orElse(null),
        g.paymentMethod(),
        g.amountEuros());
  }

  private static BarnOfferAnswers barnOffer(SubmitSignalRequest.BarnOffer b) {
    BarnOfferAnswers.Rent rent =
        b.offeredRentEuros() == null
            ? null
            : new BarnOfferAnswers.Rent(b.offeredRentEuros(), Optional.ofNullable(b.rentPeriod()));
    return new BarnOfferAnswers(
        b.buildingType(),
        b.floorAreaSquareMetres(),
        rent,
        b.rentalTermMonths(),
        b.cashPayment(),
        b.paidUpfront(),
        b.statedPurpose(),
        b.requestedChanges(),
        b.requestedChangesNote(),
        b.approach(),
        b.offerState());
  }

  private static VesselAnswers vessel(SubmitSignalRequest.Vessel v) {
    return new VesselAnswers(
        v.vesselName(),
        v.vesselType(),
        v.registration(),
        v.flag(),
        Mmsi.parse(v.mmsi()).orElse(null),
        v.berth(),
        v.arrivedAt(),
        v.departedAt(),
        v.cashPayment(),
        v.warningSigns());
  }

  private static MentionedPerson person(SubmitSignalRequest.Person p) {
    return new MentionedPerson(p.name(), p.role(), p.description(), p.phone(), p.email());
  }

  private static MentionedVehicle vehicle(SubmitSignalRequest.Vehicle v) {
    return new MentionedVehicle(
        LicencePlate.parse(v.licencePlate(), v.country()).orElseThrow(),
        v.makeAndModel(),
        v.colour());
  }

  private static MentionedVessel vessel(SubmitSignalRequest.VesselMention v) {
    return new MentionedVessel(v.name(), v.registration(), Mmsi.parse(v.mmsi()).orElse(null));
  }

  private static ContactDetails contact(SubmitSignalRequest.Contact c) {
    return new ContactDetails(c.name(), c.email(), c.phone(), c.shareWithPartners());
  }

  private static <D, T> List<T> each(List<D> dtos, Function<D, T> mapping) {
    return dtos == null ? List.of() : dtos.stream().map(mapping).toList();
  }
}
