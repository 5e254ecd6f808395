package nl.waakzaam.feedback.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.waakzaam.signal.domain.Actor;
import nl.waakzaam.signal.domain.Outcome;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalStatus;
import nl.waakzaam.signal.domain.SignalTestData;
import org.junit.jupiter.api.Test;

class ReporterTimelineTest {

  @Test
  void everyStatusHasAReporterFacingStatus() {
    for (SignalStatus status : SignalStatus.values()) {
      ReporterStatus.of(status);
    }
    assertEquals(
        ReporterStatus.IN_PROGRESS,
        ReporterStatus.of(SignalStatus.MERGED),
        "merging stays internal");
    assertEquals(ReporterStatus.FORWARDED, ReporterStatus.of(SignalStatus.ROUTED));
  }

  @Test
  void internalStepsThatLookAlikeAreShownOnceByDutchDate() {
    Instant late = Instant.parse("2026-11-30T23:30:00Z"); // already 1 December in the Netherlands
    Signal signal = SignalTestData.received(Instant.parse("2026-11-30T09:00:00Z"));
    Actor analyst = Actor.staff("a");
    signal.startTriage(analyst, late);
    signal.awaitReporter(analyst, late.plusSeconds(60));
    signal.reporterReplied(late.plusSeconds(120));
    signal.close(analyst, Outcome.ADVICE_GIVEN, "internal reason", late.plusSeconds(180));

    List<ReporterTimeline.Entry> timeline = ReporterTimeline.of(signal.history());

    assertEquals(
        List.of(
            new ReporterTimeline.Entry(ReporterStatus.RECEIVED, LocalDate.of(2026, 11, 30)),
            new ReporterTimeline.Entry(ReporterStatus.IN_PROGRESS, LocalDate.of(2026, 12, 1)),
            new ReporterTimeline.Entry(ReporterStatus.QUESTION_FOR_YOU, LocalDate.of(2026, 12, 1)),
            new ReporterTimeline.Entry(ReporterStatus.IN_PROGRESS, LocalDate.of(2026, 12, 1)),
            new ReporterTimeline.Entry(ReporterStatus.CLOSED, LocalDate.of(2026, 12, 1))),
        timeline);
  }

  @Test
  void aMergeAfterTriageAddsNothingTheReporterCouldReadIntoIt() {
    Signal signal = SignalTestData.received(Instant.parse("2026-11-30T09:00:00Z"));
    signal.startTriage(Actor.staff("a"), Instant.parse("2026-11-30T10:00:00Z"));
    signal.mergeInto(
        SignalTestData.received(Instant.parse("2026-11-30T09:30:00Z"), 2),
        "the same barn",
        Actor.staff("a"),
        Instant.parse("2026-11-30T11:00:00Z"));

    assertEquals(2, ReporterTimeline.of(signal.history()).size());
  }

  @Test
  void aDuplicatesReporterFollowsTheSurvivorFromTheMergeOnAndReadsNothingOfIt() {
    Actor staff = Actor.staff("a");
    Signal survivor = SignalTestData.received(Instant.parse("2026-11-28T09:00:00Z"), 2);
    survivor.startTriage(staff, Instant.parse("2026-11-28T10:00:00Z"));
    survivor.close(staff, Outcome.ADVICE_GIVEN, "Advies.", Instant.parse("2026-11-29T10:00:00Z"));
    Signal duplicate = SignalTestData.received(Instant.parse("2026-11-30T09:00:00Z"));
    Instant merged = Instant.parse("2026-12-01T09:00:00Z");
    duplicate.mergeInto(survivor, "the same barn", staff, merged);

    List<ReporterTimeline.Entry> timeline =
        ReporterTimeline.following(duplicate.history(), survivor.history(), merged);

    assertEquals(
        List.of(
            new ReporterTimeline.Entry(ReporterStatus.RECEIVED, LocalDate.of(2026, 11, 30)),
            new ReporterTimeline.Entry(ReporterStatus.CLOSED, LocalDate.of(2026, 12, 1))),
        timeline,
        "the survivor's status at the merge, on the day of the merge; none of its past");
  }
}
