package nl.waakzaam.feedback.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.shared.domain.Allowance;
import nl.waakzaam.shared.domain.Allowances;

/**
 * Counts wrong receipt codes, per client and of everyone together, in the allowances every instance
 * shares. Guessing a 100-bit code is hopeless anyway; this stops the trying.
 *
 * <p>A client that used up its own wrong codes waits. Everyone's total never locks anyone out: once
 * it is used up (many clients guessing at once), each client may give only a few wrong codes more,
 * so that guessing slows to a crawl while a reporter with the right code still gets in at the first
 * try. Clients are counted by their network and kept only as a keyed hash; no address is ever kept
 * with a signal.
 */
@ApplicationScoped
public class FailedAttempts {

  static final String EVERYONE = "everyone";

  private Allowances allowances;
  private Settings settings;
  private Allowance perClient;
  private Allowance total;
  private long underPressure;

  protected FailedAttempts() {}

  @Inject
  public FailedAttempts(Allowances allowances, Settings settings) {
    this.allowances = allowances;
    this.settings = settings;
  }

  @PostConstruct
  void readLimits() {
    Duration window = settings.duration(Setting.FOLLOWUP_FAILURE_WINDOW);
    perClient =
        new Allowance(
            "followup.failures", settings.positiveInteger(Setting.FOLLOWUP_MAX_FAILURES), window);
    total =
        new Allowance(
            "followup.failures-total",
            settings.positiveInteger(Setting.FOLLOWUP_MAX_FAILURES_TOTAL),
            window);
    underPressure =
        Math.min(
            perClient.capacity(),
            settings.positiveInteger(Setting.FOLLOWUP_MAX_FAILURES_UNDER_PRESSURE));
  }

  /**
   * Refuses a client that used up its wrong codes, or, while everyone's are used up, its share
   * under pressure.
   *
   * @param client the client's network, as {@code ClientAddresses} gives it
   */
  public void checkAllowed(String client) {
    boolean pressure = allowances.waitFor(total, EVERYONE, 1).isPresent();
    // Under pressure a client may have used at most underPressure - 1 of its own so far.
    long needed = pressure ? perClient.capacity() - underPressure + 1 : 1;
    Optional<Duration> wait = allowances.waitFor(perClient, client, needed);
    if (wait.isPresent()) {
      throw new TooManyAttemptsException(wait.get());
    }
  }

  /** Counts a wrong code against the client and against everyone. */
  public void recordFailure(String client) {
    allowances.take(perClient, client, 1);
    allowances.take(total, EVERYONE, 1);
  }
}
