package nl.waakzaam.shared.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Removes the rows of limit buckets that are full again, every ten minutes, a thousand at a time
 * until none is left: a full bucket counts nothing. Each instance sweeps; rows another instance
 * holds are skipped ({@code SKIP LOCKED}).
 */
@Singleton
public class ExpiredBucketSweeper {

  private static final int BATCH = 1_000;

  @Inject private BucketAllowances allowances;

  @Schedule(minute = "*/10", hour = "*", persistent = false)
  void sweep() {
    while (allowances.removeExpired(BATCH) == BATCH) {
      // the next batch
    }
  }
}
