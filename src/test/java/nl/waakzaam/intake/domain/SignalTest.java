package nl.waakzaam.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.waakzaam.routing.domain.Region;
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
    assertEquals("GM0344", signal.location().municipalityCode().orElseThrow());
    assertEquals(SignalKind.GENERAL, signal.kind());
    assertTrue(signal.answers() instanceof GeneralAnswers);
  }

  @Test
  void everyStatusChangeLeavesAnEventWithActorTimeAndReason() {
    Signal signal = received();

    signal.startTriage(ANALYST, T0.plusSeconds(60));
    signal.awaitReporter(ANALYST, "Which day was this?", T0.plusSeconds(120));
    signal.resumeTriage(Actor.reporter(), T0.plusSeconds(180));
    signal.route(ANALYST, "to the police", T0.plusSeconds(240));
    signal.close(ANALYST, Outcome.FORWARDED, "done", T0.plusSeconds(300));

    assertEquals(SignalStatus.CLOSED, signal.status());
    assertEquals(Optional.of(Outcome.FORWARDED), signal.outcome());
    List<StatusChange> history = signal.history();
    assertEquals(6, history.size());
    assertEquals(SignalStatus.AWAITING_REPORTER, history.get(2).to());
    assertEquals(Optional.of("Which day was this?"), history.get(2).reason());
    assertEquals(Optional.of(SignalStatus.AWAITING_REPORTER), history.get(3).from());
    assertEquals(Actor.Type.REPORTER, history.get(3).actor().type());
    assertEquals(T0.plusSeconds(300), history.get(5).occurredAt());
  }

  @Test
  void anIllegalTransitionIsRefusedAndChangesNothing() {
    Signal signal = received();

    IllegalTransitionException e =
        assertThrows(
            IllegalTransitionException.class, () -> signal.route(ANALYST, "too early", T0));

    assertEquals("illegal-transition", e.problemType());
    assertEquals(SignalStatus.RECEIVED, signal.status());
    assertEquals(1, signal.history().size());
  }

  @Test
  void triageStartsOnlyFromReceived() {
    Signal signal = received();
    signal.startTriage(ANALYST, T0);
    signal.awaitReporter(ANALYST, "question", T0);

    assertThrows(IllegalTransitionException.class, () -> signal.startTriage(ANALYST, T0));
  }

  @Test
  void aClosedSignalCannotBeReopened() {
    Signal signal = received();
    signal.startTriage(ANALYST, T0);
    signal.close(ANALYST, Outcome.NO_ACTION, null, T0);

    assertThrows(IllegalTransitionException.class, () -> signal.awaitReporter(ANALYST, "?", T0));
    assertThrows(IllegalTransitionException.class, () -> signal.reject(ANALYST, "spam", T0));
  }

  @Test
  void rejectingNeedsAReason() {
    Signal signal = received();

    assertThrows(NullPointerException.class, () -> signal.reject(ANALYST, null, T0));
    assertEquals(SignalStatus.RECEIVED, signal.status());
  }

  @Test
  void aSignalIsMergedIntoAnotherButNeverIntoItself() {
    Signal signal = received();

    assertThrows(
        IllegalArgumentException.class, () -> signal.mergeInto(signal.reference(), ANALYST, T0));
    signal.mergeInto(SignalReference.parse("VO-2026-000001").orElseThrow(), ANALYST, T0);

    assertEquals(SignalStatus.MERGED, signal.status());
    assertFalse(signal.status().canMoveTo(SignalStatus.IN_TRIAGE));
  }
}
