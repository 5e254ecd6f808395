package nl.waakzaam.associations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.associations.domain.AnswerVault;
import nl.waakzaam.associations.domain.Association;
import nl.waakzaam.associations.domain.Batch;
import nl.waakzaam.associations.domain.BatchRepository;
import nl.waakzaam.shared.domain.Randomness;
import nl.waakzaam.signal.domain.ReferenceTakenException;

/**
 * An association's batch, stored once however often it is sent, as the IETF draft "The
 * Idempotency-Key HTTP Header Field" describes: the key is claimed first (a second request under it
 * gets 409 while the first runs), then the valid signals are stored together with the answer; the
 * same key and body later get that answer again, another body under the key 422. If storing fails,
 * the claim is given up, so that the association can simply send the batch again.
 */
@ApplicationScoped
public class BatchSubmission {

  /** Times the storing transaction is tried when a drawn reference was taken meanwhile. */
  static final int STORING_ATTEMPTS = 3;

  /**
   * The answer to a batch: its id, the body as sent the first time, and whether this is a replay.
   */
  public record Submitted(UUID batchId, byte[] body, boolean replay) {}

  private BatchRepository batches;
  private BatchStorage storage;
  private BatchLimits limits;
  private AnswerVault vault;
  private Clock clock;

  protected BatchSubmission() {}

  @Inject
  BatchSubmission(
      BatchRepository batches,
      BatchStorage storage,
      BatchLimits limits,
      AnswerVault vault,
      Clock clock) {
    this.batches = batches;
    this.storage = storage;
    this.limits = limits;
    this.vault = vault;
    this.clock = clock;
  }

  /**
   * The first answer again, when this key came with this body before and its batch is done: the
   * cheap way out for a retry, before the body is read item by item. It reads and stores nothing
   * else, so it does not count as a batch.
   *
   * @throws nl.waakzaam.associations.domain.IdempotencyKeyReusedException when the key came with
   *     another body
   * @throws nl.waakzaam.associations.domain.BatchInProgressException while a batch under the key is
   *     being stored
   */
  @Transactional
  public Optional<Submitted> replay(
      Association association, String idempotencyKey, byte[] fingerprint) {
    return batches
        .earlier(
            association.id(),
            vault.keyHash(association.id(), idempotencyKey),
            fingerprint,
            clock.instant())
        .map(done -> replayed(done, association, idempotencyKey));
  }

  /**
   * Counts a new batch, before its body is read.
   *
   * @throws nl.waakzaam.shared.domain.LimitReachedException when the association sent as many as it
   *     may this minute
   */
  public void admit(Association association) {
    limits.admitBatch(association);
  }

  /**
   * @param fingerprint the SHA-256 of the request body, so that the same key with another body is
   *     recognised
   * @param itemCount the number of items in the body, valid or not
   * @param items the items that passed the rules of a single signal
   * @throws nl.waakzaam.associations.domain.IdempotencyKeyReusedException when the key came with
   *     another body
   * @throws nl.waakzaam.associations.domain.BatchInProgressException while a batch under the key is
   *     being stored
   * @throws nl.waakzaam.shared.domain.LimitReachedException when the association sent too many
   *     signals today
   */
  public Submitted submit(
      Association association,
      String idempotencyKey,
      byte[] fingerprint,
      int itemCount,
      List<BatchItem> items,
      AnswerComposer composer) {
    BatchRepository.Claim claim =
        batches.claim(
            Randomness.uuid(),
            association.id(),
            vault.keyHash(association.id(), idempotencyKey),
            fingerprint,
            itemCount,
            clock.instant());
    if (claim instanceof BatchRepository.Claim.Done done) {
      return replayed(done.batch(), association, idempotencyKey);
    }
    UUID id = ((BatchRepository.Claim.Ours) claim).batchId();
    try {
      limits.admitItems(association, items.size());
      return new Submitted(id, store(id, association, idempotencyKey, items, composer), false);
    } catch (RuntimeException e) {
      batches.release(id);
      throw e;
    }
  }

  private Submitted replayed(Batch batch, Association association, String idempotencyKey) {
    UUID id = batch.id();
    byte[] body =
        batch
            .sealedAnswer()
            .flatMap(kept -> vault.open(id, association.id(), idempotencyKey, kept))
            .orElseThrow(() -> new IllegalStateException("Batch " + id + " answer unreadable"));
    return new Submitted(id, body, true);
  }

  private byte[] store(
      UUID id,
      Association association,
      String idempotencyKey,
      List<BatchItem> items,
      AnswerComposer composer) {
    for (int attempt = 1; ; attempt++) {
      try {
        return storage.store(id, association, idempotencyKey, items, composer);
      } catch (ReferenceTakenException taken) {
        if (attempt == STORING_ATTEMPTS) {
          throw taken;
        }
      }
    }
  }
}
