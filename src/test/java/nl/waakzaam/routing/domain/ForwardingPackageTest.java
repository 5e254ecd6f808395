package nl.waakzaam.routing.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import nl.waakzaam.regions.domain.Region;
import org.junit.jupiter.api.Test;

class ForwardingPackageTest {

  /** Friday 24 April 2026, 16:00 in Amsterdam; King's Day (Monday 27 April) is no working day. */
  private static final Instant FRIDAY = Instant.parse("2026-04-24T14:00:00Z");

  private static ForwardingPackage forwardedOn(Instant at) {
    return new ForwardingPackage(
        new ForwardingPackage.Made(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "LB-2026-000001",
            Region.LIMBURG,
            "politie-limburg",
            new LegalBasis("RIEC_COVENANT", "Convenant", "Verstrekking.", "riec.nl"),
            "coordinator.limburg",
            at,
            UUID.randomUUID(),
            UUID.randomUUID()));
  }

  @Test
  void anUnreadPackageIsOverdueOnlyAfterItsWorkingDaysWithWeekendsAndHolidaysLeftOut() {
    ForwardingPackage p = forwardedOn(FRIDAY);
    // The two working days after Friday are Tuesday and Wednesday (King's Day does not count): the
    // package is overdue from midnight at the end of Wednesday, Dutch time (22:00 UTC in summer).
    assertFalse(p.overdueAt(Instant.parse("2026-04-28T14:00:00Z"), 2), "Tuesday");
    assertFalse(p.overdueAt(Instant.parse("2026-04-29T21:59:00Z"), 2), "Wednesday, late evening");
    assertTrue(
        p.overdueAt(Instant.parse("2026-04-29T22:01:00Z"), 2), "Thursday, just after midnight");
  }

  @Test
  void aPackageSomeoneOpenedIsNeverOverdue() {
    ForwardingPackage p = forwardedOn(FRIDAY);
    p.read(Instant.parse("2026-05-20T09:00:00Z"));
    assertFalse(p.overdueAt(Instant.parse("2026-06-01T09:00:00Z"), 2));
  }
}
