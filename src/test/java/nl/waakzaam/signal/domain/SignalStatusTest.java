package nl.waakzaam.signal.domain;

import static nl.waakzaam.signal.domain.SignalStatus.AWAITING_REPORTER;
import static nl.waakzaam.signal.domain.SignalStatus.CLOSED;
import static nl.waakzaam.signal.domain.SignalStatus.IN_TRIAGE;
import static nl.waakzaam.signal.domain.SignalStatus.MERGED;
import static nl.waakzaam.signal.domain.SignalStatus.RECEIVED;
import static nl.waakzaam.signal.domain.SignalStatus.REJECTED;
import static nl.waakzaam.signal.domain.SignalStatus.ROUTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The status table, row by row. */
class SignalStatusTest {

  @Test
  void aReceivedSignalGoesIntoTriageOrIsRejectedOrMerged() {
    assertEquals(EnumSet.of(IN_TRIAGE, REJECTED, MERGED), RECEIVED.allowedNext());
  }

  @Test
  void aSignalInTriageMayWaitForTheReporterBeRoutedClosedRejectedOrMerged() {
    assertEquals(
        EnumSet.of(AWAITING_REPORTER, ROUTED, CLOSED, REJECTED, MERGED), IN_TRIAGE.allowedNext());
  }

  @Test
  void aSignalAwaitingTheReporterReturnsToTriageOrIsClosedOrMerged() {
    assertEquals(EnumSet.of(IN_TRIAGE, CLOSED, MERGED), AWAITING_REPORTER.allowedNext());
  }

  @Test
  void aRoutedSignalIsClosedOrMerged() {
    assertEquals(EnumSet.of(CLOSED, MERGED), ROUTED.allowedNext());
  }

  @Test
  void aClosedSignalCanOnlyBeMerged() {
    assertEquals(EnumSet.of(MERGED), CLOSED.allowedNext());
  }

  @Test
  void aRejectedSignalCanOnlyBeMerged() {
    assertEquals(EnumSet.of(MERGED), REJECTED.allowedNext());
  }

  @Test
  void aMergedSignalIsFinal() {
    assertEquals(Set.of(), MERGED.allowedNext());
  }

  @Test
  void canMoveToAgreesWithTheTableForEveryPair() {
    for (SignalStatus from : SignalStatus.values()) {
      for (SignalStatus to : SignalStatus.values()) {
        assertEquals(from.allowedNext().contains(to), from.canMoveTo(to), from + " -> " + to);
      }
    }
  }

  @Test
  void theTableCannotBeChangedFromOutside() {
    assertThrows(UnsupportedOperationException.class, () -> RECEIVED.allowedNext().add(CLOSED));
  }
}
