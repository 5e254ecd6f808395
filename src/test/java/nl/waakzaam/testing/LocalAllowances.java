package nl.waakzaam.testing;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.waakzaam.shared.domain.Allowance;
import nl.waakzaam.shared.domain.Allowances;

/**
 * Allowances as Bucket4j's own buckets in memory, on a clock the test moves: the same token buckets
 * as in PostgreSQL, for unit tests of the rules built on them.
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
    ConsumptionProbe probe = bucket(allowance, subject).tryConsumeAndReturnRemaining(amount);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  @Override
  public Optional<Duration> waitFor(Allowance allowance, String subject, long amount) {
    EstimationProbe probe = bucket(allowance, subject).estimateAbilityToConsume(amount);
    return probe.canBeConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  private Bucket bucket(Allowance allowance, String subject) {
    return buckets.computeIfAbsent(
        allowance + ":" + subject,
        k ->
            Bucket.builder()
                .addLimit(
                    limit ->
                        limit
                            .capacity(allowance.capacity())
                            .refillIntervally(allowance.capacity(), allowance.period()))
                .withCustomTimePrecision(time)
                .build());
  }
}
