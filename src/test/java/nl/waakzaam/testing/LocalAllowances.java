package nl.waakzaam.testing;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.waakzaam.shared.domain.Allowance;
import nl.waakzaam.shared.domain.Allowances;
import nl.waakzaam.shared.infrastructure.BucketAllowances;

/**
 * Allowances as Bucket4j's own buckets in memory, on a clock the test moves: the same token buckets
 * as in PostgreSQL ({@link BucketAllowances#configurationOf}), for unit tests of the rules built on
 * them.
 */
public final class LocalAllowances implements Allowances {

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final TimeMeter time;

  public LocalAllowances(Supplier<Instant> now) {
    time =
        new TimeMeter() {
          @Override
          public long currentTimeNanos() {
            return now.get().toEpochMilli() * 1_000_000L;
          }

          @Override
          public boolean isWallClockBased() {
            return true;
          }
        };
  }

  @Override
  public Optional<Duration> take(Allowance allowance, String subject, long amount) {
    return BucketAllowances.waitOf(bucket(allowance, subject).tryConsumeAndReturnRemaining(amount));
  }

  @Override
  public Optional<Duration> waitFor(Allowance allowance, String subject, long amount) {
    return BucketAllowances.waitOf(bucket(allowance, subject).estimateAbilityToConsume(amount));
  }

  private Bucket bucket(Allowance allowance, String subject) {
    return buckets.computeIfAbsent(
        allowance + ":" + subject,
        k ->
            Bucket.builder()
                .addLimit(BucketAllowances.configurationOf(allowance).getBandwidths()[0])
                .withCustomTimePrecision(time)
                .build());
  }
}
