package nl.waakzaam.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.UUID;
import nl.waakzaam.testing.Api;
import nl.waakzaam.testing.ApiIntegrationTest;
import nl.waakzaam.testing.SecondInstance;
import nl.waakzaam.testing.TestDatabase;
import nl.waakzaam.testing.TestKeycloak;
import org.junit.jupiter.api.Test;

/**
 * An association's limits, on the instance that allows 3 batches per minute and 60 signals per day
 * ({@link SecondInstance}); the buckets are the PostgreSQL ones every instance shares (ADR 18).
 * Past a limit the answer is 429 with Retry-After, and nothing of the batch is stored or claimed.
 */
class AssociationLimitsIT extends ApiIntegrationTest {

  @Test
  void theFourthBatchOfAMinuteWaits() {
    Api two = SecondInstance.api();
    String hiswa = TestKeycloak.get().associationToken("hiswa-recron");
    for (int i = 0; i < SecondInstance.BATCHES_PER_MINUTE; i++) {
      Api.Reply reply = Batches.submit(two, hiswa, UUID.randomUUID().toString(), body(1));
      assertEquals(201, reply.status(), reply::toString);
    }
    long signals = TestDatabase.get().count("signal");

    Api.Reply refused = Batches.submit(two, hiswa, UUID.randomUUID().toString(), body(1));

    assertEquals(429, refused.status(), refused::toString);
    assertEquals("urn:waakzaam:problem:too-many-batches", refused.json().getString("type"));
    long wait = Long.parseLong(refused.header("Retry-After"));
    assertTrue(wait >= 1 && wait <= 60, "Retry-After " + wait);
    assertEquals(signals, TestDatabase.get().count("signal"));
  }

  @Test
  void aBatchThatWouldPassTheDaysSignalsIsRefusedWholeAndLeavesItsKeyFree() throws Exception {
    Api two = SecondInstance.api();
    String bovag = TestKeycloak.get().associationToken("bovag");
    String key = UUID.randomUUID().toString();
    long signals = TestDatabase.get().count("signal");
    long batches = TestDatabase.get().count("association_batch");

    Api.Reply refused =
        Batches.submit(two, bovag, key, body(SecondInstance.BATCH_ITEMS_PER_DAY + 1));

    assertEquals(429, refused.status(), refused::toString);
    assertEquals("urn:waakzaam:problem:too-many-batch-items", refused.json().getString("type"));
    assertTrue(Long.parseLong(refused.header("Retry-After")) > 0);
    assertEquals(signals, TestDatabase.get().count("signal"));
    assertEquals(batches, TestDatabase.get().count("association_batch"));
    // The key was given up: the same key takes a batch that fits.
    Api.Reply fits = Batches.submit(two, bovag, key, body(SecondInstance.BATCH_ITEMS_PER_DAY));
    assertEquals(201, fits.status(), fits::toString);
  }

  private static String body(int size) {
    return Batches.batch(size, Set.of(), "limit").toString();
  }
}
