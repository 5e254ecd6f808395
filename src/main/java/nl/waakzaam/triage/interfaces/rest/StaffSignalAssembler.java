package nl.waakzaam.triage.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import nl.waakzaam.feedback.domain.Message;
import nl.waakzaam.signal.application.FormWording;
import nl.waakzaam.signal.domain.Answers;
import nl.waakzaam.signal.domain.Assignee;
import nl.waakzaam.signal.domain.BarnOfferAnswers;
import nl.waakzaam.signal.domain.GeneralAnswers;
import nl.waakzaam.signal.domain.Mmsi;
import nl.waakzaam.signal.domain.Report;
import nl.waakzaam.signal.domain.ServiceClock;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.StatusChange;
import nl.waakzaam.signal.domain.VesselAnswers;
import nl.waakzaam.triage.application.SignalDossier;
import nl.waakzaam.triage.domain.SlaState;

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
        a.answered().stream()
            .map(
                answer ->
                    new StaffSignalResponse.LabelledAnswer(
                        answer.question(),
                        FormWording.dutch().question(answer),
                        FormWording.dutch().value(answer)))
            .toList(),
        s.mentions().persons().stream()
            .map(
                p ->
                    new StaffSignalResponse.Person(
                        p.name().orElse(null),
                        p.role().orElse(null),
                        p.description().orElse(null),
                        p.phone().orElse(null),
                        p.email().orElse(null)))
            .toList(),
        s.mentions().vehicles().stream()
            .map(
                v ->
                    new StaffSignalResponse.Vehicle(
                        v.licencePlate().value(),
                        v.licencePlate().country().orElse(null),
                        v.makeAndModel().orElse(null),
                        v.colour().orElse(null)))
            .toList(),
        s.mentions().vessels().stream()
            .map(
                v ->
                    new StaffSignalResponse.VesselMention(
                        v.name().orElse(null),
                        v.registration().orElse(null),
                        v.mmsi().map(Mmsi::value).orElse(null)))
            .toList(),
        r.contact()
            .filter(c -> opened.contactShown())
            .map(
                c ->
                    new StaffSignalResponse.Contact(
                        c.name().orElse(null),
                        c.email().orElse(null),
                        c.phone().orElse(null),
                        c.shareWithPartners()))
            .orElse(null),
        s.origin().receivedAt(),
        opened.submittedBy().orElse(null),
        handling(s, opened.unread(), opened.now()),
        List.copyOf(opened.allowedActions()),
        s.history().stream().map(StaffSignalAssembler::event).toList(),
        opened.conversation().stream().map(StaffSignalAssembler::message).toList(),
        opened
            .survivor()
            .map(
                survivor -> {
                  Instant at = s.mergedAt().orElseThrow();
                  return new StaffSignalResponse.Merge(
                      survivor.value(), at, at.plus(Signal.MERGE_UNDO_WINDOW));
                })
            .orElse(null),
        opened.duplicates().stream()
            .map(d -> new StaffSignalResponse.Duplicate(toResponse(d)))
            .toList(),
        s.transfer()
            .map(
                t ->
                    new StaffSignalResponse.Transfer(
                        t.to().name(), t.reason(), t.offeredBy(), t.offeredAt()))
            .orElse(null));
  }

  private static StaffSignalResponse.Event event(StatusChange c) {
    return new StaffSignalResponse.Event(
        c.event().name(),
        c.from().map(Enum::name).orElse(null),
        c.to().name(),
        c.occurredAt(),
        c.actor().type().name(),
        c.actor().id().orElse(null),
        c.reason().orElse(null));
  }

  private static StaffSignalResponse.ConversationMessage message(Message m) {
    return new StaffSignalResponse.ConversationMessage(
        m.author().name(), m.kind().name(), m.staffSubject().orElse(null), m.body(), m.createdAt());
  }

  private static StaffSignalResponse.Handling handling(Signal signal, boolean unread, Instant now) {
    nl.waakzaam.signal.domain.Handling h = signal.handling();
    ServiceClock clock = signal.clock();
    return new StaffSignalResponse.Handling(
        h.priority().name(),
        h.category().map(Enum::name).orElse(null),
        h.assignee().map(Assignee::userName).orElse(null),
        h.traceability()
            .map(
                t ->
                    new StaffSignalResponse.Traceability(
                        t.identifying(),
                        t.withhold().orElse(null),
                        t.withheldParts().stream().map(Enum::name).toList(),
                        t.checkedAt(),
                        t.checkedBy()))
            .orElse(null),
        h.routedTo().stream().map(Enum::name).toList(),
        !signal.partnersForReporter().isEmpty(),
        h.outcomeText().orElse(null),
        clock.feedbackDueAt().orElse(null),
        clock.firstFeedbackAt().orElse(null),
        clock.decisionDueAt().orElse(null),
        clock.decidedAt().orElse(null),
        clock.dueAt().orElse(null),
        SlaState.of(clock.dueAt(), now).name(),
        unread);
  }
}
