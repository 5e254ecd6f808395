package nl.waakzaam.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import nl.waakzaam.access.domain.FollowUpSession;
import nl.waakzaam.access.domain.FollowUpSessionRepository;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.signal.domain.Signal;

/**
 * The reporter of the current request, the twin of {@link CurrentUser} for staff: the follow-up
 * token they hold stands for exactly one signal while its session is open. Every capability that
 * lets a reporter act (messages, files) asks here, and nowhere else, which signal that is.
 */
@ApplicationScoped
public class CurrentReporter {

  private FollowUpSessionRepository sessions;
  private Settings settings;
  private Clock clock;

  protected CurrentReporter() {}

  @Inject
  public CurrentReporter(FollowUpSessionRepository sessions, Settings settings, Clock clock) {
    this.sessions = sessions;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * The signal of the open session of {@code token}; using the session extends it.
   *
   * @throws FollowUpSessionRejectedException when there is no such session, or it has ended
   */
  @Transactional
  public Signal signal(String token) {
    FollowUpSession session = activeSession(token);
    session.extend(
        clock.instant(),
        settings.duration(Setting.FOLLOWUP_IDLE_TIMEOUT),
        settings.duration(Setting.FOLLOWUP_MAX_LIFETIME));
    return session.signal();
  }

  /**
   * The reporter leaves: every session of the signal of {@code token} ends now, on every instance
   * (sessions live in the database), also one left open on another device.
   *
   * @throws FollowUpSessionRejectedException when there is no such session, or it has ended
   */
  @Transactional
  public void end(String token) {
    sessions.removeAllOf(activeSession(token).signal());
  }

  /**
   * Opens a session for {@code signal} under {@code tokenHash}; where the signal has as many open
   * as it may, the oldest ends, so that the holder of the receipt code always gets in.
   */
  @Transactional
  public FollowUpSession open(String tokenHash, Signal signal) {
    Instant now = clock.instant();
    java.util.List<FollowUpSession> open = sessions.of(signal);
    int max = settings.positiveInteger(Setting.FOLLOWUP_MAX_SESSIONS);
    for (int i = 0; i <= open.size() - max; i++) {
      sessions.remove(open.get(i));
    }
    FollowUpSession session =
        FollowUpSession.open(
            tokenHash,
            signal,
            now,
            settings.duration(Setting.FOLLOWUP_IDLE_TIMEOUT),
            settings.duration(Setting.FOLLOWUP_MAX_LIFETIME));
    sessions.add(session);
    return session;
  }

  private FollowUpSession activeSession(String token) {
    if (token == null || token.isBlank()) {
      throw new FollowUpSessionRejectedException();
    }
    Instant now = clock.instant();
    return sessions
        .findByTokenHash(FollowUpSession.hashOf(token))
        .filter(s -> s.isActiveAt(now, settings.duration(Setting.FOLLOWUP_MAX_LIFETIME)))
        .orElseThrow(FollowUpSessionRejectedException::new);
  }
}
