package nl.waakzaam.access.domain;

import java.time.Instant;
import java.util.Optional;

/** The open follow-up sessions. */
public interface FollowUpSessionRepository {

  void add(FollowUpSession session);

  Optional<FollowUpSession> findByTokenHash(String tokenHash);

  void remove(FollowUpSession session);

  /** Removes every session that expired before {@code now}; returns how many. */
  int removeExpired(Instant now);
}
