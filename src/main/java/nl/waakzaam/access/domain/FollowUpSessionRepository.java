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

  /** The sessions of {@code signal}, oldest first. */
  java.util.List<FollowUpSession> of(nl.waakzaam.signal.domain.Signal signal);

  /** Ends every session of {@code signal}: the reporter left. */
  int removeAllOf(nl.waakzaam.signal.domain.Signal signal);
}
