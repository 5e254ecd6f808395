package nl.waakzaam.associations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.associations.domain.Batch;
import nl.waakzaam.associations.domain.BatchInProgressException;
import nl.waakzaam.associations.domain.BatchRepository;
import nl.waakzaam.associations.domain.IdempotencyKeyReusedException;

/**
 * Batches in PostgreSQL. A claim is one {@code INSERT … ON CONFLICT DO NOTHING} on the unique
 * (association, key hash): of two instances claiming one key at once exactly one inserts, the other
 * waits for it to commit and then finds its row.
 */
@ApplicationScoped
public class JpaBatchRepository implements BatchRepository {

  private static final String CLAIM =
      "insert into association_batch (id, association, key_hash, fingerprint, state, claimed_at,"
          + " key_expires_at, item_count) values (?, ?, ?, ?, 'RUNNING', ?, ?, ?)"
          + " on conflict (association, key_hash) do nothing";

  private static final String BY_KEY =
      "select b from Batch b where b.association = :association and b.keyHash = :keyHash";

  private static final String TAKE_OVER =
      "update association_batch set claimed_at = ? where id = ? and state = 'RUNNING'"
          + " and claimed_at = ?";

  private static final String FORGET_KEY =
      "update association_batch set key_hash = null, fingerprint = null, answer = null"
          + " where id = ? and key_expires_at <= ?";

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Claim claim(
      UUID newBatchId,
      String association,
      byte[] keyHash,
      byte[] fingerprint,
      int itemCount,
      Instant now) {
    for (int attempt = 0; attempt < 2; attempt++) {
      if (insert(newBatchId, association, keyHash, fingerprint, itemCount, now)) {
        return new Claim.Ours(newBatchId);
      }
      Batch earlier =
          em.createQuery(BY_KEY, Batch.class)
              .setParameter("association", association)
              .setParameter("keyHash", keyHash)
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (earlier == null) {
        continue; // released between the insert and the select: claim again
      }
      if (!earlier.keyLiveAt(now)) {
        // Its 24 hours are over and the sweeper had not come by yet: the key is free again.
        em.createNativeQuery(FORGET_KEY)
            .setParameter(1, earlier.id())
            .setParameter(2, now.atOffset(ZoneOffset.UTC))
            .executeUpdate();
        continue;
      }
      if (!earlier.sameBody(fingerprint)) {
        throw new IdempotencyKeyReusedException();
      }
      if (earlier.runningAt(now)) {
        throw new BatchInProgressException();
      }
      if (earlier.state() == Batch.State.RUNNING) {
        // Its instance died before it answered; nothing of it was stored. It is ours now, unless
        // another request took it over first.
        int taken =
            em.createNativeQuery(TAKE_OVER)
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, earlier.id())
                .setParameter(3, earlier.claimedAt().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        if (taken == 1) {
          return new Claim.Ours(earlier.id());
        }
        throw new BatchInProgressException();
      }
      return new Claim.Done(earlier);
    }
    throw new BatchInProgressException();
  }

  @Override
  public Optional<Batch> earlier(
      String association, byte[] keyHash, byte[] fingerprint, Instant now) {
    Optional<Batch> earlier =
        em.createQuery(BY_KEY, Batch.class)
            .setParameter("association", association)
            .setParameter("keyHash", keyHash)
            .getResultStream()
            .findFirst()
            .filter(b -> b.keyLiveAt(now));
    if (earlier.isEmpty()) {
      return Optional.empty();
    }
    if (!earlier.get().sameBody(fingerprint)) {
      throw new IdempotencyKeyReusedException();
    }
    if (earlier.get().runningAt(now)) {
      throw new BatchInProgressException();
    }
    return earlier.filter(b -> b.state() == Batch.State.DONE);
  }

  private boolean insert(
      UUID id, String association, byte[] keyHash, byte[] fingerprint, int items, Instant now) {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    return em.createNativeQuery(CLAIM)
            .setParameter(1, id)
            .setParameter(2, association)
            .setParameter(3, keyHash)
            .setParameter(4, fingerprint)
            .setParameter(5, at)
            .setParameter(6, at.plus(Batch.KEY_LIFETIME))
            .setParameter(7, items)
            .executeUpdate()
        == 1;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(UUID batchId) {
    em.createNativeQuery("delete from association_batch where id = ? and state = 'RUNNING'")
        .setParameter(1, batchId)
        .executeUpdate();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public Batch lockForCompletion(UUID batchId) {
    return em.find(Batch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public Optional<Batch> findOwn(UUID batchId, String association) {
    return Optional.ofNullable(em.find(Batch.class, batchId))
        .filter(b -> b.association().equals(association));
  }

  @Override
  @Transactional
  public int forgetExpiredKeys(Instant now) {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    int forgotten =
        em.createNativeQuery(
                "update association_batch set key_hash = null, fingerprint = null, answer = null"
                    + " where key_hash is not null and key_expires_at <= ? and state = 'DONE'")
            .setParameter(1, at)
            .executeUpdate();
    // A batch still running after its key's 24 hours died with its instance and stored nothing.
    int abandoned =
        em.createNativeQuery(
                "delete from association_batch where state = 'RUNNING' and key_expires_at <= ?")
            .setParameter(1, at)
            .executeUpdate();
    return forgotten + abandoned;
  }
}
