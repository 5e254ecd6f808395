package nl.waakzaam.access.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import nl.waakzaam.access.domain.FollowUpSessionRepository;

/**
 * Deletes expired follow-up sessions every ten minutes. Expired sessions are refused anyway; this
 * keeps the table small. Each instance sweeps; the delete is harmless when run twice.
 */
@Singleton
public class ExpiredSessionSweeper {

  @Inject private FollowUpSessionRepository sessions;

  @Inject private Clock clock;

  @Schedule(minute = "*/10", hour = "*", persistent = false)
  void sweep() {
    sessions.removeExpired(clock.instant());
  }
}
