package nl.waakzaam.shared.infrastructure;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import nl.waakzaam.shared.config.DataSourceName;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.shared.domain.Allowance;
import nl.waakzaam.shared.domain.Allowances;

/**
 * Allowances as Bucket4j token buckets in PostgreSQL ({@code rate_limit_bucket}), so that every
 * instance takes from the same bucket; each use locks its row ({@code SELECT … FOR UPDATE}) in a
 * short transaction of its own, outside the caller's.
 *
 * <p>A bucket's key is the allowance (its name, capacity and period: changing a limit starts new
 * buckets) and an HMAC of the subject under a key derived from the receipt secret, which the
 * database never holds: the table says which buckets exist, not whose they are.
 */
@ApplicationScoped
public class BucketAllowances implements Allowances {

  private static final String SUBJECT_KEY_LABEL = "waakzaam/allowance-subject/v1";

  @Resource(lookup = DataSourceName.WAAKZAAM)
  private DataSource dataSource;

  @Inject private Settings settings;

  @Inject private Clock clock;

  private PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
  private SecretKeySpec subjectKey;

  @PostConstruct
  void connect() {
    buckets =
        Bucket4jPostgreSQL.selectForUpdateBasedBuilder(
                new AutoCommitRestoringDataSource(dataSource))
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table("rate_limit_bucket")
            .idColumn("id")
            .stateColumn("state")
            .expiresAtColumn("expires_at")
            // A full bucket says nothing: its row may go soon after it is full again.
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                    Duration.ofMinutes(1)))
            .clientClock(new ClockMeter(clock))
            .build();
    subjectKey =
        new SecretKeySpec(
            hmac(
                new SecretKeySpec(settings.secretKey(Setting.RECEIPT_SECRET), "HmacSHA256"),
                SUBJECT_KEY_LABEL),
            "HmacSHA256");
  }

  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Optional<Duration> take(Allowance allowance, String subject, long amount) {
    if (amount > allowance.capacity()) {
      return Optional.of(allowance.period());
    }
    return waitOf(bucket(allowance, subject).tryConsumeAndReturnRemaining(amount));
  }

  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Optional<Duration> waitFor(Allowance allowance, String subject, long amount) {
    if (amount > allowance.capacity()) {
      return Optional.of(allowance.period());
    }
    return waitOf(bucket(allowance, subject).estimateAbilityToConsume(amount));
  }

  /** Empty when taken; else the wait. */
  public static Optional<Duration> waitOf(ConsumptionProbe probe) {
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  /** Empty when it is there; else the wait. */
  public static Optional<Duration> waitOf(EstimationProbe probe) {
    return probe.canBeConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  /** The token bucket of {@code allowance}: full at first, all of it back at each period's end. */
  public static BucketConfiguration configurationOf(Allowance allowance) {
    return BucketConfiguration.builder()
        .addLimit(
            limit ->
                limit
                    .capacity(allowance.capacity())
                    .refillIntervally(allowance.capacity(), allowance.period()))
        .build();
  }

  /** Removes up to {@code batch} rows of buckets that are full again; returns how many. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public int removeExpired(int batch) {
    return buckets.removeExpired(batch);
  }

  private BucketProxy bucket(Allowance allowance, String subject) {
    return buckets.builder().build(key(allowance, subject), () -> configurationOf(allowance));
  }

  private String key(Allowance allowance, String subject) {
    String hashed =
        Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(subjectKey, subject));
    return allowance.name()
        + "/"
        + allowance.capacity()
        + "/"
        + allowance.period().toSeconds()
        + ":"
        + hashed;
  }

  private static byte[] hmac(SecretKeySpec key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }

  /** The application's clock as Bucket4j's, so that tests and every instance agree on time. */
  private record ClockMeter(Clock clock) implements TimeMeter {
    @Override
    public long currentTimeNanos() {
      return clock.millis() * 1_000_000L;
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  }
}
