package nl.waakzaam.alerts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.signal.domain.Outcome;
import nl.waakzaam.signal.domain.SignalKind;
import nl.waakzaam.signal.domain.SignalStatus;
import org.junit.jupiter.api.Test;

class SuppressionTest {

  private final Suppression rule = new Suppression(5);

  @Test
  void countsOfOneToFourAreNeverShownAndZeroIs() {
    Map<String, OptionalLong> shown = rule.apply(cells(0, 1, 4, 5, 30), false);

    assertEquals(OptionalLong.of(0), shown.get("c0"));
    assertEquals(OptionalLong.empty(), shown.get("c1"));
    assertEquals(OptionalLong.empty(), shown.get("c2"));
    assertEquals(OptionalLong.of(5), shown.get("c3"));
    assertEquals(OptionalLong.of(30), shown.get("c4"));
  }

  @Test
  void besideATotalOneSuppressedCellTakesTheSmallestOtherWithIt() {
    // Total 40 shown: 3 alone could be worked out as 40 - 7 - 30.
    Map<String, OptionalLong> shown = rule.apply(cells(3, 7, 30), true);

    assertEquals(OptionalLong.empty(), shown.get("c0"));
    assertEquals(OptionalLong.empty(), shown.get("c1"));
    assertEquals(OptionalLong.of(30), shown.get("c2"));
  }

  @Test
  void twoSmallSuppressedCellsThatAddUpToUnderTheThresholdTakeAThird() {
    // 1 + 1 = 2 would tell both: each must be 1.
    Map<String, OptionalLong> shown = rule.apply(cells(1, 1, 9, 20), true);

    assertEquals(List.of(true, true, true, false), suppressed(shown));
  }

  @Test
  void noSuppressedCellCanBeWorkedOutFromTheTotalInAnyBreakdown() {
    Random random = new Random(13);
    for (int run = 0; run < 5_000; run++) {
      long[] values = new long[2 + random.nextInt(6)];
      for (int i = 0; i < values.length; i++) {
        values[i] = random.nextInt(10) < 4 ? random.nextInt(5) : random.nextInt(40);
      }
      long total = java.util.Arrays.stream(values).sum();
      if (!rule.shows(total)) {
        continue;
      }
      Map<String, OptionalLong> shown = rule.apply(cells(values), true);
      long hiddenSum = 0;
      int hidden = 0;
      for (int i = 0; i < values.length; i++) {
        OptionalLong cell = shown.get("c" + i);
        if (cell.isEmpty()) {
          hiddenSum += values[i];
          hidden++;
        } else {
          assertTrue(cell.getAsLong() == 0 || cell.getAsLong() >= 5, shown::toString);
        }
      }
      // What the total leaves for the suppressed cells is never under the threshold.
      assertTrue(hidden == 0 || hiddenSum >= 5, () -> java.util.Arrays.toString(values) + shown);
    }
  }

  @Test
  void aQuarterOfFewerThanFiveSignalsShowsNothingAndOutcomesGoWithTheClosedCount() {
    List<SectorCounts.Row> rows =
        List.of(
            row(Region.LIMBURG, SignalKind.BARN_OFFER, SignalStatus.RECEIVED, null, 3),
            row(Region.ROTTERDAM, SignalKind.BARN_OFFER, SignalStatus.IN_TRIAGE, null, 20),
            row(Region.ROTTERDAM, SignalKind.GENERAL, SignalStatus.CLOSED, Outcome.NO_ACTION, 2),
            row(Region.ROTTERDAM, SignalKind.GENERAL, SignalStatus.CLOSED, Outcome.FORWARDED, 1));

    List<QuarterFigures> figures = QuarterFigures.of(rows, rule);

    QuarterFigures limburg = figures.get(0);
    assertEquals(Region.LIMBURG, limburg.region());
    assertTrue(limburg.total().isEmpty());
    assertTrue(limburg.byKind().values().stream().allMatch(OptionalLong::isEmpty));
    assertTrue(limburg.byStatus().values().stream().allMatch(OptionalLong::isEmpty));
    QuarterFigures rotterdam = figures.get(1);
    assertEquals(OptionalLong.of(23), rotterdam.total());
    assertTrue(rotterdam.byStatus().get("CLOSED").isEmpty());
    assertTrue(rotterdam.byOutcome().values().stream().allMatch(OptionalLong::isEmpty));
    // GENERAL (3) is suppressed, and BARN_OFFER (20) with it: 23 - 20 would give it away.
    assertTrue(rotterdam.byKind().get("GENERAL").isEmpty());
    assertTrue(rotterdam.byKind().get("BARN_OFFER").isEmpty());
    assertEquals(OptionalLong.of(0), rotterdam.byKind().get("VESSEL"));
  }

  private static SectorCounts.Row row(
      Region region, SignalKind kind, SignalStatus status, Outcome outcome, long n) {
    return new SectorCounts.Row(region, "2026-Q4", kind, status, Optional.ofNullable(outcome), n);
  }

  private static Map<String, Long> cells(long... values) {
    Map<String, Long> cells = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      cells.put("c" + i, values[i]);
    }
    return cells;
  }

  private static List<Boolean> suppressed(Map<String, OptionalLong> shown) {
    return shown.values().stream().map(OptionalLong::isEmpty).toList();
  }
}
