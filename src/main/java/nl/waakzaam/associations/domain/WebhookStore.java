package nl.waakzaam.associations.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The associations' webhook endpoints, the outbox of their messages, and every attempt. */
public interface WebhookStore {

  /** An association's endpoint; its secrets sealed. */
  record Endpoint(
      String association,
      String url,
      byte[] secret,
      Optional<byte[]> previousSecret,
      Optional<Instant> previousUntil,
      boolean enabled,
      Optional<String> disabledReason,
      Instant createdAt,
      Instant updatedAt) {}

  /** Where a message is. */
  enum State {
    PENDING,
    DELIVERED,
    FAILED
  }

  /** One message of the outbox. */
  record Message(
      String id,
      String association,
      String type,
      String payload,
      Instant createdAt,
      State state,
      int attempts,
      Instant nextAttemptAt,
      Optional<Integer> lastStatus,
      Optional<String> lastError,
      Optional<Instant> deliveredAt) {}

  /** One attempt to deliver a message. */
  record Attempt(
      int attempt, Instant at, Optional<Integer> status, Optional<String> error, int durationMs) {}

  Optional<Endpoint> endpoint(String association);

  /** Stores the endpoint, replacing the association's earlier one. */
  void save(Endpoint endpoint);

  /** Removes the association's endpoint; false when it had none. */
  boolean delete(String association);

  /** Writes a message to the outbox, in the caller's transaction. */
  void enqueue(Message message);

  /**
   * Claims up to {@code max} messages due at {@code now} that no other instance holds, in a
   * transaction of its own: each is counted as attempted and not due again for {@code lease}.
   */
  List<Message> claimDue(Instant now, int max, Duration lease);

  /** What came of an attempt, with the message's next state. */
  void recordAttempt(
      Message message, Attempt attempt, State next, Instant nextAttemptAt, Instant now);

  /** The association's most recent messages, newest first. */
  List<Message> recent(String association, int limit);

  List<Attempt> attempts(String messageId);

  /** Makes the association's message due again now; false when it has none with this id. */
  boolean requeue(String association, String messageId, Instant now);
}
