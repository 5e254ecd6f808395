package nl.waakzaam.feedback.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;

/**
 * Counts wrong receipt codes, per client and in total, over a fixed window, and refuses further
 * attempts past the limits. Guessing a 100-bit code is hopeless anyway; this stops the trying.
 *
 * <p>A client is known only by a keyed hash of its network address, with a key made at start-up and
 * never stored: the counts live in memory, are never written anywhere, and say nothing after a
 * restart. No address is ever kept with a signal.
 */
@ApplicationScoped
public class FailedAttempts {

  /** More clients than this are not tracked one by one; the total limit still holds. */
  static final int MAX_TRACKED_CLIENTS = 100_000;

  private final Map<String, Window> perClient = new ConcurrentHashMap<>();
  private final SecretKeySpec clientKey;
  private Settings settings;
  private Clock clock;
  private Window total;
  private int maxPerClient;
  private int maxTotal;
  private Duration window;

  protected FailedAttempts() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    clientKey = new SecretKeySpec(key, "HmacSHA256");
  }

  @Inject
  public FailedAttempts(Settings settings, Clock clock) {
    this();
    this.settings = settings;
    this.clock = clock;
  }

  @PostConstruct
  void readLimits() {
    maxPerClient = settings.positiveInteger(Setting.FOLLOWUP_MAX_FAILURES);
    maxTotal = settings.positiveInteger(Setting.FOLLOWUP_MAX_FAILURES_TOTAL);
    window = settings.duration(Setting.FOLLOWUP_FAILURE_WINDOW);
    total = new Window(clock.instant());
  }

  /** Refuses when the client, or all clients together, used up their wrong attempts. */
  public void checkAllowed(String clientAddress) {
    Instant now = clock.instant();
    Window mine = perClient.get(client(clientAddress));
    if (mine != null && mine.count(now, window) >= maxPerClient) {
      throw new TooManyAttemptsException(mine.remaining(now, window));
    }
    synchronized (this) {
      if (total.count(now, window) >= maxTotal) {
        throw new TooManyAttemptsException(total.remaining(now, window));
      }
    }
  }

  public void recordFailure(String clientAddress) {
    Instant now = clock.instant();
    if (perClient.size() >= MAX_TRACKED_CLIENTS) {
      perClient.values().removeIf(w -> w.expired(now, window));
    }
    if (perClient.size() < MAX_TRACKED_CLIENTS) {
      perClient.computeIfAbsent(client(clientAddress), k -> new Window(now)).add(now, window);
    }
    synchronized (this) {
      total.add(now, window);
    }
  }

  private String client(String address) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(clientKey);
      return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }

  /** A count of failures since the window started; a new window starts when the old one is over. */
  private static final class Window {
    private Instant start;
    private int count;

    Window(Instant start) {
      this.start = start;
    }

    synchronized int count(Instant now, Duration length) {
      return expired(now, length) ? 0 : count;
    }

    synchronized void add(Instant now, Duration length) {
      if (expired(now, length)) {
        start = now;
        count = 0;
      }
      count++;
    }

    synchronized boolean expired(Instant now, Duration length) {
      return !now.isBefore(start.plus(length));
    }

    synchronized Duration remaining(Instant now, Duration length) {
      return Duration.between(now, start.plus(length));
    }
  }
}
