package nl.waakzaam.routing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import nl.waakzaam.alerts.domain.Suppression;
import org.junit.jupiter.api.Test;

class ShownCountsTest {

  private static final Suppression FIVE = new Suppression(5);
  private static final PackageCounts.Durations TIMES =
      new PackageCounts.Durations(OptionalDouble.of(6.5), OptionalDouble.of(40.0));

  private static PackageCounts counts(
      long forwarded, long read, long withOutcome, Map<PartnerOutcome, Long> outcomes) {
    return new PackageCounts("POLICE", forwarded, read, withOutcome, TIMES, TIMES, outcomes);
  }

  @Test
  void aRegionSeesEveryFigureOfItsOwnPackages() {
    ShownCounts shown = ShownCounts.all(counts(3, 1, 1, Map.of(PartnerOutcome.NO_ACTION, 1L)));
    assertEquals(OptionalLong.of(3), shown.forwarded());
    assertEquals(OptionalLong.of(1), shown.outcomes().get(PartnerOutcome.NO_ACTION));
    assertEquals(OptionalLong.of(0), shown.outcomes().get(PartnerOutcome.BIBOB_CHECK));
  }

  @Test
  void nationallyAGroupOfFewerPackagesThanTheThresholdShowsNothing() {
    ShownCounts shown =
        ShownCounts.kAnonymous(counts(4, 4, 4, Map.of(PartnerOutcome.NO_ACTION, 4L)), FIVE);
    assertFalse(shown.forwarded().isPresent());
    assertFalse(shown.read().isPresent());
    assertFalse(shown.toRead().medianHours().isPresent());
    assertTrue(shown.outcomes().values().stream().noneMatch(OptionalLong::isPresent));
  }

  @Test
  void nationallyNoCountCanBeWorkedOutFromTheOthers() {
    // 12 forwarded, 11 read: the one unread package would be plain from the difference.
    ShownCounts shown =
        ShownCounts.kAnonymous(
            counts(
                12,
                11,
                9,
                Map.of(
                    PartnerOutcome.CRIMINAL_INVESTIGATION, 6L,
                    PartnerOutcome.NO_ACTION, 2L,
                    PartnerOutcome.ALREADY_KNOWN, 1L)),
            FIVE);
    assertEquals(OptionalLong.of(12), shown.forwarded());
    assertFalse(shown.read().isPresent(), "12 - 11 = 1 unread");
    assertFalse(shown.withOutcome().isPresent(), "12 - 9 = 3 without an outcome");
    assertEquals(TIMES, shown.toOutcome(), "a median over 9 outcomes is shown");
    assertTrue(shown.outcomes().values().stream().noneMatch(OptionalLong::isPresent));
    assertEquals(TIMES, shown.toRead(), "a median over 11 readings is shown");

    ShownCounts many =
        ShownCounts.kAnonymous(
            counts(
                20,
                15,
                11,
                Map.of(
                    PartnerOutcome.CRIMINAL_INVESTIGATION, 6L,
                    PartnerOutcome.NO_ACTION, 2L,
                    PartnerOutcome.ALREADY_KNOWN, 3L)),
            FIVE);
    assertEquals(OptionalLong.of(15), many.read());
    assertEquals(OptionalLong.of(11), many.withOutcome());
    // 2 and 3 are left out, and together hold 5: the 6 cannot be worked back to them.
    assertEquals(OptionalLong.of(6), many.outcomes().get(PartnerOutcome.CRIMINAL_INVESTIGATION));
    assertFalse(many.outcomes().get(PartnerOutcome.NO_ACTION).isPresent());
    assertFalse(many.outcomes().get(PartnerOutcome.ALREADY_KNOWN).isPresent());
    assertEquals(OptionalLong.of(0), many.outcomes().get(PartnerOutcome.BIBOB_CHECK));
  }
}
