package nl.waakzaam.signal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.waakzaam.regions.domain.Region;
import org.junit.jupiter.api.Test;

class SignalTest {

  private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");
  private static final Actor ANALYST = Actor.staff("analyst-1");

  static Signal received() {
    return SignalTestData.received(T0);
  }

  @Test
  void aNewSignalIsReceivedWithOneHistoryEventByTheReporter() {
    Signal signal = received();

    assertEquals(SignalStatus.RECEIVED, signal.status());
    assertEquals(1, signal.history().size());
    StatusChange first = signal.history().get(0);
    assertTrue(first.from().isEmpty());
    assertEquals(SignalStatus.RECEIVED, first.to());
    assertEquals(Actor.Type.REPORTER, first.actor().type());
    assertTrue(first.actor().id().isEmpty(), "an anonymous reporter leaves no identifier");
    assertEquals(T0, first.occurredAt());
    assertEquals(Region.MIDDEN_NEDERLAND, signal.region());
    assertEquals("GM0344", signal.report().location().municipalityCode().orElseThrow());
    assertEquals(SignalKind.GENERAL, signal.report().kind());
    assertTrue(signal.report().answers() instanceof GeneralAnswers);
  }

  @Test
  void everyStatusChangeLeavesAnEventWithActorTimeAndReason() {
    Signal signal = received();

    signal.startTriage(ANALYST, T0.plusSeconds(60));
    signal.awaitReporter(ANALYST, T0.plusSeconds(120));
    signal.reporterReplied(T0.plusSeconds(180));
    signal.recordTraceability(
        TraceabilityCheck.notIdentifying(T0.plusSeconds(200), "analist"),
        ANALYST,
        T0.plusSeconds(200));
    signal.route(ANALYST, Set.of(Partner.POLICE), "weekly meeting", T0.plusSeconds(240));
    signal.close(ANALYST, Outcome.FORWARDED, "Passed on.", T0.plusSeconds(300));

    assertEquals(SignalStatus.CLOSED, signal.status());
    assertEquals(Optional.of(Outcome.FORWARDED), signal.handling().outcome());
    assertEquals(Optional.of("Passed on."), signal.handling().outcomeText());
    assertEquals(Set.of(Partner.POLICE), signal.handling().routedTo());
    List<StatusChange> history = signal.history();
    assertEquals(7, history.size());
    assertEquals(SignalStatus.AWAITING_REPORTER, history.get(2).to());
    assertEquals(Optional.of(SignalStatus.AWAITING_REPORTER), history.get(3).from());
    assertEquals(Actor.Type.REPORTER, history.get(3).actor().type());
    assertEquals(HistoryEvent.TRACEABILITY_CHECKED, history.get(4).event());
    assertEquals(Optional.of("POLICE: weekly meeting"), history.get(5).reason());
    assertEquals(T0.plusSeconds(300), history.get(6).occurredAt());
  }

  @Test
  void anIllegalTransitionIsRefusedAndChangesNothing() {
    Signal signal = received();

    IllegalTransitionException e =
        assertThrows(
            IllegalTransitionException.class,
            () -> signal.route(ANALYST, Set.of(Partner.RIEC), null, T0));

    assertEquals("illegal-transition", e.problemType());
    assertEquals(SignalStatus.RECEIVED, signal.status());
    assertEquals(1, signal.history().size());
  }

  @Test
  void triageStartsOnlyFromReceived() {
    Signal signal = received();
    signal.startTriage(ANALYST, T0);
    signal.awaitReporter(ANALYST, T0);

    assertThrows(IllegalTransitionException.class, () -> signal.startTriage(ANALYST, T0));
  }

  @Test
  void aClosedSignalCannotBeReopened() {
    Signal signal = received();
    signal.startTriage(ANALYST, T0);
    signal.close(ANALYST, Outcome.NO_ACTION, null, T0);

    assertThrows(IllegalTransitionException.class, () -> signal.awaitReporter(ANALYST, T0));
    assertThrows(IllegalTransitionException.class, () -> signal.reject(ANALYST, "spam", T0));
  }

  @Test
  void rejectingNeedsAReason() {
    Signal signal = received();

    assertThrows(NullPointerException.class, () -> signal.reject(ANALYST, null, T0));
    assertEquals(SignalStatus.RECEIVED, signal.status());
  }

  @Test
  void aSignalIsMergedIntoAnotherButNeverIntoItselfNorIntoAMergedOne() {
    Signal signal = received();
    Signal survivor = SignalTestData.received(T0, 2);

    assertEquals(
        MergeRefusedException.Why.SAME_SIGNAL,
        assertThrows(
                MergeRefusedException.class,
                () -> signal.mergeInto(signal, "the same", ANALYST, T0))
            .why());
    signal.mergeInto(survivor, "the same barn", ANALYST, T0);

    assertEquals(SignalStatus.MERGED, signal.status());
    assertEquals(Optional.of(survivor.id()), signal.mergedInto());
    assertFalse(signal.status().canMoveTo(SignalStatus.IN_TRIAGE));
    StatusChange told = survivor.history().get(survivor.history().size() - 1);
    assertEquals(HistoryEvent.MERGED_IN, told.event());
    assertEquals(Optional.of(signal.reference().value()), told.reason());
    assertEquals(SignalStatus.RECEIVED, survivor.status(), "the survivor's status stays");
    assertEquals(
        MergeRefusedException.Why.SURVIVOR_MERGED,
        assertThrows(
                MergeRefusedException.class,
                () -> SignalTestData.received(T0, 3).mergeInto(signal, "x", ANALYST, T0))
            .why());
  }

  @Test
  void theReporterReadsTheKindsOfPartnerOnlyOnceStaffDecideSo() {
    Signal signal = received();
    assertThrows(
        NothingForwardedException.class,
        () -> signal.disclosePartners("Mag.", ANALYST, T0.plusSeconds(10)));
    signal.startTriage(ANALYST, T0.plusSeconds(60));
    signal.recordTraceability(
        TraceabilityCheck.notIdentifying(T0.plusSeconds(90), "analist"),
        ANALYST,
        T0.plusSeconds(90));
    signal.route(ANALYST, Set.of(Partner.POLICE, Partner.MUNICIPALITY), null, T0.plusSeconds(120));
    assertEquals(Set.of(), signal.partnersForReporter(), "not by default");

    signal.disclosePartners("De gemeente vroeg erom.", ANALYST, T0.plusSeconds(180));
    signal.disclosePartners("Nog eens.", ANALYST, T0.plusSeconds(200));
    assertEquals(Set.of(Partner.POLICE, Partner.MUNICIPALITY), signal.partnersForReporter());
    signal.concealPartners("Toch niet.", ANALYST, T0.plusSeconds(240));
    assertEquals(Set.of(), signal.partnersForReporter());
    assertEquals(SignalStatus.ROUTED, signal.status(), "no change of status");
    List<HistoryEvent> noted =
        signal.history().stream()
            .map(StatusChange::event)
            .filter(e -> e.name().startsWith("PARTNERS_"))
            .toList();
    assertEquals(
        List.of(HistoryEvent.PARTNERS_DISCLOSED, HistoryEvent.PARTNERS_CONCEALED),
        noted,
        "deciding it again changes nothing");
  }

  @Test
  void aRoutedSignalIsForwardedFurtherWithoutNewsForTheReporter() {
    Signal signal = received();
    signal.startTriage(ANALYST, T0.plusSeconds(60));
    signal.recordTraceability(
        TraceabilityCheck.notIdentifying(T0.plusSeconds(90), "analist"),
        ANALYST,
        T0.plusSeconds(90));
    signal.route(ANALYST, Set.of(Partner.POLICE), null, T0.plusSeconds(120));
    signal.takeEvents();
    int before = signal.history().size();

    signal.route(
        ANALYST, Set.of(Partner.TAX_AUTHORITY), "De politie vroeg erom.", T0.plusSeconds(600));

    assertEquals(SignalStatus.ROUTED, signal.status());
    assertEquals(Set.of(Partner.POLICE, Partner.TAX_AUTHORITY), signal.handling().routedTo());
    assertEquals(before + 1, signal.history().size());
    StatusChange further = signal.history().get(before);
    assertEquals(HistoryEvent.FORWARDED_FURTHER, further.event());
    assertEquals(Optional.of("TAX_AUTHORITY: De politie vroeg erom."), further.reason());
    assertEquals(List.of(), signal.takeEvents(), "the reporter sees no change of status");
  }

  @Test
  void anAcceptedTransferMovesTheSignalAndNothingElse() {
    Signal signal = received(); // of Midden-Nederland
    signal.startTriage(ANALYST, T0);
    signal.takeEvents();

    signal.offerTransfer(Region.NOORD_HOLLAND, "why", "coordinator", ANALYST, T0);
    assertEquals(Region.MIDDEN_NEDERLAND, signal.region(), "offered, not moved");
    assertEquals(Optional.of(Region.NOORD_HOLLAND), signal.transfer().map(Transfer::to));
    assertEquals(
        TransferRefusedException.Why.ALREADY_OFFERED,
        assertThrows(
                TransferRefusedException.class,
                () -> signal.offerTransfer(Region.ROTTERDAM, "why", "c", ANALYST, T0))
            .why());

    signal.acceptTransfer(ANALYST, T0.plusSeconds(60));

    assertEquals(Region.NOORD_HOLLAND, signal.region());
    assertEquals(Optional.empty(), signal.transfer());
    assertEquals(SignalStatus.IN_TRIAGE, signal.status());
    List<SignalEvent> events = signal.takeEvents();
    assertEquals(
        List.of(SignalEvent.TransferOffered.class, SignalEvent.TransferAccepted.class),
        events.stream().map(Object::getClass).toList());
    SignalEvent.TransferAccepted accepted = (SignalEvent.TransferAccepted) events.get(1);
    assertEquals(Region.NOORD_HOLLAND, accepted.region());
    assertEquals(Region.MIDDEN_NEDERLAND, accepted.from());
    assertTrue(events.stream().noneMatch(SignalEvent::isNewsForReporter), "the reporter sees none");
    assertEquals(
        List.of(HistoryEvent.TRANSFER_OFFERED, HistoryEvent.TRANSFER_ACCEPTED),
        signal.history().stream()
            .map(StatusChange::event)
            .filter(e -> e.name().startsWith("TRANSFER"))
            .toList());
    assertEquals(
        TransferRefusedException.Why.SAME_REGION,
        assertThrows(
                TransferRefusedException.class,
                () -> signal.offerTransfer(Region.NOORD_HOLLAND, "why", "c", ANALYST, T0))
            .why());
  }

  @Test
  void aReturnedOrWithdrawnOfferLeavesTheRegionAndDecidingWithdrawsIt() {
    Signal signal = received();
    signal.offerTransfer(Region.ROTTERDAM, "why", "coordinator", ANALYST, T0);
    signal.returnTransfer("not ours", ANALYST, T0);
    assertEquals(Region.MIDDEN_NEDERLAND, signal.region());
    assertEquals(Optional.empty(), signal.transfer());
    assertEquals(
        TransferRefusedException.Why.NOT_OFFERED,
        assertThrows(TransferRefusedException.class, () -> signal.acceptTransfer(ANALYST, T0))
            .why());

    signal.offerTransfer(Region.ROTTERDAM, "why", "coordinator", ANALYST, T0);
    signal.reject(ANALYST, "spam", T0);
    assertEquals(Optional.empty(), signal.transfer(), "a decided signal is no longer offered");
    assertEquals(
        HistoryEvent.TRANSFER_WITHDRAWN, signal.history().get(signal.history().size() - 1).event());
    assertEquals(
        TransferRefusedException.Why.NOT_OPEN,
        assertThrows(
                TransferRefusedException.class,
                () -> signal.offerTransfer(Region.ROTTERDAM, "why", "c", ANALYST, T0))
            .why());
  }

  @Test
  void aMergeIsUndoneWithinADayBackToTheStatusItCameFrom() {
    Signal signal = received();
    Signal survivor = SignalTestData.received(T0, 2);
    signal.startTriage(ANALYST, T0);
    signal.mergeInto(survivor, "the same barn", ANALYST, T0.plusSeconds(60));
    assertTrue(signal.clock().decidedAt().isPresent(), "a merge decides");
    signal.takeEvents();

    signal.undoMerge(survivor, ANALYST, T0.plus(Signal.MERGE_UNDO_WINDOW));

    assertEquals(SignalStatus.IN_TRIAGE, signal.status());
    assertEquals(Optional.empty(), signal.mergedInto());
    assertEquals(Optional.empty(), signal.mergedAt());
    assertEquals(Optional.empty(), signal.clock().decidedAt(), "the merge was the decision");
    assertEquals(
        List.of(SignalEvent.MergeUndone.class),
        signal.takeEvents().stream().map(Object::getClass).toList());
    assertEquals(
        HistoryEvent.UNMERGED, survivor.history().get(survivor.history().size() - 1).event());
    assertEquals(
        MergeRefusedException.Why.NOT_MERGED,
        assertThrows(
                MergeRefusedException.class,
                () -> signal.undoMerge(survivor, ANALYST, T0.plusSeconds(120)))
            .why());
  }

  @Test
  void aMergeIsFinalAfterADayAndAnEarlierDecisionStays() {
    Signal signal = received();
    Signal survivor = SignalTestData.received(T0, 2);
    signal.reject(ANALYST, "spam", T0);
    signal.mergeInto(survivor, "the same barn", ANALYST, T0.plusSeconds(60));

    assertEquals(
        MergeRefusedException.Why.FINAL,
        assertThrows(
                MergeRefusedException.class,
                () ->
                    signal.undoMerge(
                        survivor, ANALYST, T0.plusSeconds(61).plus(Signal.MERGE_UNDO_WINDOW)))
            .why());
    assertEquals(SignalStatus.MERGED, signal.status());

    signal.undoMerge(survivor, ANALYST, T0.plusSeconds(120));
    assertEquals(SignalStatus.REJECTED, signal.status());
    assertEquals(Optional.of(T0), signal.clock().decidedAt(), "the rejection still decided it");
  }

  @Test
  void noSignalLeavesThePlatformWithoutTheTraceabilityCheck() {
    Signal signal = received();
    signal.startTriage(ANALYST, T0);

    assertThrows(
        TraceabilityCheckMissingException.class,
        () -> signal.route(ANALYST, Set.of(Partner.POLICE), null, T0));
    assertThrows(
        TraceabilityCheckMissingException.class,
        () -> signal.close(ANALYST, Outcome.FORWARDED, "Passed on.", T0));
    assertEquals(SignalStatus.IN_TRIAGE, signal.status());
    assertEquals(2, signal.history().size());

    signal.close(ANALYST, Outcome.ADVICE_GIVEN, "Do not rent it out.", T0);
    assertEquals(SignalStatus.CLOSED, signal.status());
  }

  @Test
  void anIdentifyingCheckSaysWhatToWithholdAndWhichParts() {
    Set<ContentPart> date = Set.of(ContentPart.OBSERVED_AT);
    assertThrows(
        IllegalArgumentException.class,
        () -> TraceabilityCheck.identifying(" ", date, T0, "analist"));
    assertThrows(
        IllegalArgumentException.class,
        () -> TraceabilityCheck.identifying("the date", Set.of(), T0, "analist"));
    TraceabilityCheck check = TraceabilityCheck.identifying("the date", date, T0, "analist");
    assertTrue(check.identifying());
    assertEquals(Optional.of("the date"), check.withhold());
    assertEquals(date, check.withheldParts());
    assertEquals(Set.of(), TraceabilityCheck.notIdentifying(T0, "analist").withheldParts());
  }

  @Test
  void theDeadlineThatCountsMovesFromFeedbackToDecisionAndStopsWhenDecided() {
    Signal signal = received();
    Instant feedback = T0.plusSeconds(86_400);
    Instant decision = T0.plusSeconds(10 * 86_400);
    signal.schedule(new Deadlines(feedback, decision));
    assertEquals(Optional.of(feedback), signal.clock().dueAt());

    signal.startTriage(ANALYST, T0);
    signal.awaitReporter(ANALYST, T0.plusSeconds(60));
    assertEquals(Optional.of(T0.plusSeconds(60)), signal.clock().firstFeedbackAt());
    assertEquals(Optional.of(decision), signal.clock().dueAt());

    signal.reporterReplied(T0.plusSeconds(120));
    signal.reject(ANALYST, "spam", T0.plusSeconds(180));
    assertEquals(Optional.of(T0.plusSeconds(180)), signal.clock().decidedAt());
    assertTrue(signal.clock().dueAt().isEmpty());
  }

  @Test
  void judgementsLeaveHistoryButNotTheStatus() {
    Signal signal = received();
    signal.startTriage(ANALYST, T0);
    signal.assign(Optional.of(Assignee.named("analist.limburg")), ANALYST, T0);
    signal.classify(
        Category.DRUG_PRODUCTION,
        Priority.HIGH,
        "cash rent, covered windows",
        new Deadlines(T0, T0),
        ANALYST,
        T0);

    assertEquals(SignalStatus.IN_TRIAGE, signal.status());
    assertEquals(Optional.of(Assignee.named("analist.limburg")), signal.handling().assignee());
    assertEquals(Priority.HIGH, signal.handling().priority());
    assertEquals(HistoryEvent.ASSIGNED, signal.history().get(2).event());
    assertEquals(SignalStatus.IN_TRIAGE, signal.history().get(2).to());
    assertEquals(HistoryEvent.CLASSIFIED, signal.history().get(3).event());

    signal.close(ANALYST, Outcome.NO_ACTION, "Nothing to do.", T0);
    assertThrows(
        IllegalTransitionException.class,
        () -> signal.assign(Optional.of(Assignee.named("someone")), ANALYST, T0));
  }

  @Test
  void staffReadWhatTheReporterWrote() {
    Signal signal = received();
    signal.reporterReplied(T0);
    signal.reporterReplied(T0.plusSeconds(60));
    assertEquals(Optional.of(T0), signal.handling().reporterNewsAt());
    assertEquals(SignalStatus.RECEIVED, signal.status(), "only an awaited answer resumes triage");
    signal.seenByStaff();
    assertTrue(signal.handling().reporterNewsAt().isEmpty());
  }

  @Test
  void aSignalIsClosedAsForwardedOnlyAfterItWasRoutedToAPartner() {
    Signal signal = received();
    signal.startTriage(ANALYST, T0);
    signal.recordTraceability(TraceabilityCheck.notIdentifying(T0, "analist"), ANALYST, T0);

    RoutingMissingException e =
        assertThrows(
            RoutingMissingException.class,
            () -> signal.close(ANALYST, Outcome.FORWARDED, "Passed on.", T0));
    assertEquals("routing-missing", e.problemType());
    assertEquals(SignalStatus.IN_TRIAGE, signal.status());
    assertTrue(signal.handling().outcome().isEmpty());

    signal.route(ANALYST, Set.of(Partner.RIEC), null, T0);
    signal.close(ANALYST, Outcome.FORWARDED, "Passed on.", T0);
    assertEquals(Optional.of(Outcome.FORWARDED), signal.handling().outcome());
  }

  @Test
  void everyChangeRecordsOneNamedEventWithoutTheReportersContent() {
    Signal signal = received();
    signal.startTriage(ANALYST, T0);
    signal.assign(Optional.of(Assignee.named("analist")), ANALYST, T0);
    signal.classify(Category.FRAUD, Priority.HIGH, "why", new Deadlines(T0, T0), ANALYST, T0);
    signal.recordTraceability(TraceabilityCheck.notIdentifying(T0, "analist"), ANALYST, T0);
    signal.awaitReporter(ANALYST, T0);
    signal.reporterReplied(T0);
    signal.inform(ANALYST, T0);
    signal.route(ANALYST, Set.of(Partner.POLICE), null, T0);
    signal.close(ANALYST, Outcome.FORWARDED, "Passed on.", T0);
    signal.mergeInto(SignalTestData.received(T0, 2), "a duplicate", ANALYST, T0);

    List<SignalEvent> events = signal.takeEvents();

    assertEquals(
        List.of(
            SignalEvent.Received.class,
            SignalEvent.TakenIntoTriage.class,
            SignalEvent.Assigned.class,
            SignalEvent.Classified.class,
            SignalEvent.TraceabilityChecked.class,
            SignalEvent.QuestionAsked.class,
            SignalEvent.ReporterReplied.class,
            SignalEvent.MessageSent.class,
            SignalEvent.Routed.class,
            SignalEvent.Closed.class,
            SignalEvent.Merged.class),
        events.stream().map(Object::getClass).toList());
    assertTrue(events.stream().allMatch(e -> e.reference().equals(signal.reference())));
    assertTrue(events.stream().allMatch(e -> e.region() == Region.MIDDEN_NEDERLAND));
    assertEquals(SignalStatus.IN_TRIAGE, events.get(6).status(), "the reply resumed triage");
    assertEquals(Actor.Type.REPORTER, events.get(6).actor().type());
    assertEquals(SignalStatus.MERGED, events.get(10).status());
    assertTrue(signal.takeEvents().isEmpty(), "taken events are forgotten");
    for (SignalEvent event : events) {
      for (var component : event.getClass().getRecordComponents()) {
        assertFalse(
            Set.of(String.class, SignalContent.class, ContactDetails.class, Answers.class)
                .contains(component.getType()),
            event + " carries " + component.getName());
      }
    }
  }

  @Test
  void aRefusedChangeRecordsNoEvent() {
    Signal signal = received();
    signal.takeEvents();

    assertThrows(IllegalTransitionException.class, () -> signal.awaitReporter(ANALYST, T0));

    assertTrue(signal.takeEvents().isEmpty());
  }
}
