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
    session.extend(clock.instant(), settings.duration(Setting.FOLLOWUP_IDLE_TIMEOUT));
    return session.signal();
  }

  /**
   * Ends the session of {@code token} now.
   *
   * @throws FollowUpSessionRejectedException when there is no such session, or it has ended
   */
  @Transactional
  public void end(String token) {
    sessions.remove(activeSession(token));
  }

  private FollowUpSession activeSession(String token) {
    if (token == null || token.isBlank()) {
      throw new FollowUpSessionRejectedException();
    }
    Instant now = clock.instant();
    return sessions
        .findByTokenHash(FollowUpSession.hashOf(token))
        .filter(s -> s.isActiveAt(now))
        .orElseThrow(FollowUpSessionRejectedException::new);
  }
}
