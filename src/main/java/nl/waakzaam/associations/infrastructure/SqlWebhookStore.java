package nl.waakzaam.associations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.waakzaam.associations.domain.WebhookStore;
import nl.waakzaam.shared.infrastructure.SqlInstants;

/**
 * Endpoints, outbox and attempts in PostgreSQL, with plain SQL: the claim is one statement that
 * picks due rows no other instance holds ({@code FOR UPDATE SKIP LOCKED}) and pushes them a lease
 * ahead, so that several instances share the deliveries and none sends a message twice at once.
 */
@ApplicationScoped
public class SqlWebhookStore implements WebhookStore {

  private static final String MESSAGE_COLUMNS =
      "id, association, event_type, payload, created_at, state, attempts, next_attempt_at,"
          + " last_status, last_error, delivered_at";

  private static final String CLAIM =
      "update webhook_message set attempts = attempts + 1, next_attempt_at = ? where id in ("
          + " select id from webhook_message where state = 'PENDING' and next_attempt_at <= ?"
          + " order by next_attempt_at limit ? for update skip locked) returning "
          + MESSAGE_COLUMNS;

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Override
  public Optional<Endpoint> endpoint(String association) {
    List<?> rows =
        em.createNativeQuery(
                "select association, url, secret, previous_secret, previous_until, enabled,"
                    + " disabled_reason, created_at, updated_at from webhook_endpoint"
                    + " where association = ?")
            .setParameter(1, association)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r -> {
              Object[] c = (Object[]) r;
              return new Endpoint(
                  (String) c[0],
                  (String) c[1],
                  (byte[]) c[2],
                  Optional.ofNullable((byte[]) c[3]),
                  Optional.ofNullable(c[4]).map(SqlWebhookStore::instant),
                  (Boolean) c[5],
                  Optional.ofNullable((String) c[6]),
                  instant(c[7]),
                  instant(c[8]));
            });
  }

  @Override
  @Transactional
  public void save(Endpoint e) {
    em.createNativeQuery(
            "insert into webhook_endpoint (association, url, secret, previous_secret,"
                + " previous_until, enabled, disabled_reason, created_at, updated_at)"
                + " values (?, ?, ?, cast(? as bytea), cast(? as timestamptz), ?, cast(? as varchar), ?,"
                + " ?) on conflict (association) do update set"
                + " url = excluded.url, secret = excluded.secret,"
                + " previous_secret = excluded.previous_secret,"
                + " previous_until = excluded.previous_until, enabled = excluded.enabled,"
                + " disabled_reason = excluded.disabled_reason, updated_at = excluded.updated_at")
        .setParameter(1, e.association())
        .setParameter(2, e.url())
        .setParameter(3, e.secret())
        .setParameter(4, e.previousSecret().orElse(null))
        .setParameter(5, e.previousUntil().map(SqlWebhookStore::at).orElse(null))
        .setParameter(6, e.enabled())
        .setParameter(7, e.disabledReason().orElse(null))
        .setParameter(8, at(e.createdAt()))
        .setParameter(9, at(e.updatedAt()))
        .executeUpdate();
  }

  @Override
  @Transactional
  public boolean delete(String association) {
    return em.createNativeQuery("delete from webhook_endpoint where association = ?")
            .setParameter(1, association)
            .executeUpdate()
        == 1;
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void enqueue(Message m) {
    em.createNativeQuery(
            "insert into webhook_message (id, association, event_type, payload, created_at,"
                + " state, attempts, next_attempt_at) values (?, ?, ?, ?, ?, 'PENDING', 0, ?)")
        .setParameter(1, m.id())
        .setParameter(2, m.association())
        .setParameter(3, m.type())
        .setParameter(4, m.payload())
        .setParameter(5, at(m.createdAt()))
        .setParameter(6, at(m.nextAttemptAt()))
        .executeUpdate();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Message> claimDue(Instant now, int max, Duration lease) {
    List<?> rows =
        em.createNativeQuery(CLAIM)
            .setParameter(1, at(now.plus(lease)))
            .setParameter(2, at(now))
            .setParameter(3, max)
            .getResultList();
    return rows.stream().map(r -> message((Object[]) r)).toList();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordAttempt(
      Message message, Attempt attempt, State next, Instant nextAttemptAt, Instant now) {
    em.createNativeQuery(
            "insert into webhook_attempt (message_id, attempt, attempted_at, status, error,"
                + " duration_ms) values (?, ?, ?, cast(? as integer), cast(? as varchar), ?)"
                + " on conflict do nothing")
        .setParameter(1, message.id())
        .setParameter(2, attempt.attempt())
        .setParameter(3, at(attempt.at()))
        .setParameter(4, attempt.status().orElse(null))
        .setParameter(5, attempt.error().orElse(null))
        .setParameter(6, attempt.durationMs())
        .executeUpdate();
    em.createNativeQuery(
            "update webhook_message set state = ?, next_attempt_at = ?,"
                + " last_status = cast(? as integer), last_error = cast(? as varchar),"
                + " delivered_at = cast(? as timestamptz) where id = ?")
        .setParameter(1, next.name())
        .setParameter(2, at(nextAttemptAt))
        .setParameter(3, attempt.status().orElse(null))
        .setParameter(4, attempt.error().orElse(null))
        .setParameter(5, next == State.DELIVERED ? at(now) : null)
        .setParameter(6, message.id())
        .executeUpdate();
  }

  @Override
  public List<Message> recent(String association, int limit) {
    List<?> rows =
        em.createNativeQuery(
                "select "
                    + MESSAGE_COLUMNS
                    + " from webhook_message where association = ?"
                    + " order by created_at desc, id desc limit ?")
            .setParameter(1, association)
            .setParameter(2, limit)
            .getResultList();
    return rows.stream().map(r -> message((Object[]) r)).toList();
  }

  @Override
  public List<Attempt> attempts(String messageId) {
    List<?> rows =
        em.createNativeQuery(
                "select attempt, attempted_at, status, error, duration_ms from webhook_attempt"
                    + " where message_id = ? order by attempt")
            .setParameter(1, messageId)
            .getResultList();
    return rows.stream()
        .map(
            r -> {
              Object[] c = (Object[]) r;
              return new Attempt(
                  ((Number) c[0]).intValue(),
                  instant(c[1]),
                  Optional.ofNullable((Number) c[2]).map(Number::intValue),
                  Optional.ofNullable((String) c[3]),
                  ((Number) c[4]).intValue());
            })
        .toList();
  }

  @Override
  @Transactional
  public boolean requeue(String association, String messageId, Instant now) {
    return em.createNativeQuery(
                "update webhook_message set state = 'PENDING', next_attempt_at = ?"
                    + " where id = ? and association = ?")
            .setParameter(1, at(now))
            .setParameter(2, messageId)
            .setParameter(3, association)
            .executeUpdate()
        == 1;
  }

  private static Message message(Object[] c) {
    return new Message(
        (String) c[0],
        (String) c[1],
        (String) c[2],
        (String) c[3],
        instant(c[4]),
        State.valueOf((String) c[5]),
        ((Number) c[6]).intValue(),
        instant(c[7]),
        Optional.ofNullable((Number) c[8]).map(Number::intValue),
        Optional.ofNullable((String) c[9]),
        Optional.ofNullable(c[10]).map(SqlWebhookStore::instant));
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(Object value) {
    return SqlInstants.of(value);
  }
}
