package nl.waakzaam.triage.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.waakzaam.signal.domain.Answers;
import nl.waakzaam.signal.domain.BarnOfferAnswers;
import nl.waakzaam.signal.domain.GeneralAnswers;
import nl.waakzaam.signal.domain.Mmsi;
import nl.waakzaam.signal.domain.Report;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.VesselAnswers;
import nl.waakzaam.triage.application.SignalDossier;

/**
 * Makes the staff view of a signal from the signal and what was read with it. Only inside the
 * transaction that read them ({@code MANDATORY}): a managed signal never reaches a mapping after
 * its transaction ended, where a lazy collection would be read from a closed persistence context.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StaffSignalAssembler {

  StaffSignalResponse toResponse(SignalDossier.Opened opened) {
    Signal s = opened.signal();
    Report r = s.report();
    Answers a = r.answers();
    return new StaffSignalResponse(
        s.reference().value(),
        r.kind().name(),
        s.status().name(),
        s.handling().outcome().map(Enum::name).orElse(null),
        s.region().name(),
        s.origin().regionBasis().name(),
        r.sector().name(),
        new StaffSignalResponse.Place(
            r.location().postcode().map(Object::toString).orElse(null),
            r.location().municipality().orElse(null),
            r.location().municipalityCode().orElse(null),
            r.location().address().orElse(null)),
        r.observedOn().orElse(null),
        r.observedTime().orElse(null),
        r.description().orElse(null),
        a instanceof GeneralAnswers g ? StaffSignalResponse.General.of(g) : null,
        a instanceof BarnOfferAnswers b ? StaffSignalResponse.BarnOffer.of(b) : null,
        a instanceof VesselAnswers v ? StaffSignalResponse.Vessel.of(v) : null,
        r.persons().stream()
            .map(
                p ->
                    new StaffSignalResponse.Person(
                        p.name().orElse(null),
                        p.role().orElse(null),
                        p.description().orElse(null),
                        p.phone().orElse(null),
                        p.email().orElse(null)))
            .toList(),
        r.vehicles().stream()
            .map(
                v ->
                    new StaffSignalResponse.Vehicle(
                        v.licencePlate().value(),
                        v.licencePlate().country().orElse(null),
                        v.makeAndModel().orElse(null),
                        v.colour().orElse(null)))
            .toList(),
        r.vessels().stream()
            .map(
                v ->
                    new StaffSignalResponse.VesselMention(
                        v.name().orElse(null),
                        v.registration().orElse(null),
                        v.mmsi().map(Mmsi::value).orElse(null)))
            .toList(),
        r.contact()
            .map(
                c ->
                    new StaffSignalResponse.Contact(
                        c.name().orElse(null),
                        c.email().orElse(null),
                        c.phone().orElse(null),
                        c.shareWithPartners()))
            .orElse(null),
        s.origin().receivedAt(),
        StaffSignalResponse.Handling.of(s, opened.unread(), opened.now()),
        List.copyOf(opened.allowedActions()),
        s.history().stream().map(StaffSignalResponse.Event::of).toList(),
        opened.conversation().stream().map(StaffSignalResponse.ConversationMessage::of).toList());
  }
}
