package nl.waakzaam.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Year;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.Signals;
import nl.waakzaam.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * References are drawn at random and claimed for good: a reference handed out before is never
 * handed out again, intake draws again in a new transaction, and a year without free references
 * refuses new signals instead of losing them. The test fills the year's references with claims of
 * its own.
 */
class ReferenceCollisionIT extends ApiIntegrationTest {

  private static final String YEAR = Year.now(ZoneId.of("Europe/Amsterdam")).toString();

  @AfterEach
  void releaseTheTestsClaims() throws SQLException {
    execute(
        "delete from signal_reference r where r.claimed_at = '2000-01-01T00:00:00Z'"
            + " and not exists (select 1 from signal s where s.reference = r.reference)");
  }

  @Test
  void aTakenReferenceIsDrawnAgainUntilAFreeOneIsFound() throws SQLException {
    claimEveryReferenceWhere(
        "n % 2 = 0"); // half of the year taken: about half of all draws collide

    Set<String> references = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      Api.Reply reply = api.post("api/v1/signals", Signals.general().build());
      assertEquals(201, reply.status(), reply::toString);
      references.add(reply.json().getString("reference"));
    }

    assertEquals(20, references.size());
    for (String reference : references) {
      assertTrue(
          Integer.parseInt(reference.substring(8)) % 2 == 1, reference + " was taken before");
    }
  }

  @Test
  void aYearWithoutFreeReferencesRefusesNewSignalsAndStoresNothing() throws SQLException {
    claimEveryReferenceWhere("true");
    long signals = TestDatabase.get().count("signal");

    Api.Reply reply = api.post("api/v1/signals", Signals.general().build());

    assertEquals(503, reply.status(), reply::toString);
    assertEquals("urn:waakzaam:problem:references-exhausted", reply.json().getString("type"));
    assertEquals(signals, TestDatabase.get().count("signal"));
  }

  private static void claimEveryReferenceWhere(String condition) throws SQLException {
    execute(
        "insert into signal_reference (reference, claimed_at)"
            + " select 'VO-"
            + YEAR
            + "-' || lpad(n::text, 6, '0'), '2000-01-01T00:00:00Z'"
            + " from generate_series(1, 999999) n where "
            + condition
            + " on conflict do nothing");
  }

  /** As the schema's owner: the application's role may not delete claims. */
  private static void execute(String sql) throws SQLException {
    try (Connection c = TestDatabase.get().connectAsOwner();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.executeUpdate();
    }
  }
}
