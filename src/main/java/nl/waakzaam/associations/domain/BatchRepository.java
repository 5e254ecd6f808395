package nl.waakzaam.associations.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The associations' batches, claimed under their Idempotency-Keys. */
public interface BatchRepository {

  /** What a claim of a key found. */
  sealed interface Claim {

    /** The key is the caller's now: a new batch, or one whose first instance died, to store. */
    record Ours(UUID batchId) implements Claim {}

    /** The key was used for this body before and its batch is done: answer it again. */
    record Done(Batch batch) implements Claim {}
  }

  /**
   * Claims {@code keyHash} of {@code association} for a batch of {@code itemCount} items with this
   * body {@code fingerprint}, in a transaction of its own, so that every instance sees the claim at
   * once.
   *
   * @throws IdempotencyKeyReusedException when the key came with another body before
   * @throws BatchInProgressException when a batch under the key is still being stored
   */
  Claim claim(
      UUID newBatchId,
      String association,
      byte[] keyHash,
      byte[] fingerprint,
      int itemCount,
      Instant now);

  /**
   * What an earlier request under {@code keyHash} left, read without claiming anything: its batch
   * when done with this body, nothing when the key is free.
   *
   * @throws IdempotencyKeyReusedException when the key came with another body before
   * @throws BatchInProgressException when a batch under the key is still being stored
   */
  Optional<Batch> earlier(String association, byte[] keyHash, byte[] fingerprint, Instant now);

  /** Gives the key up again, in a transaction of its own, after its batch failed to be stored. */
  void release(UUID batchId);

  /** The batch, locked until the transaction ends, to complete it. */
  Batch lockForCompletion(UUID batchId);

  /** The batch with this id if it is {@code association}'s own. */
  Optional<Batch> findOwn(UUID batchId, String association);

  /** Forgets the keys (and sealed answers) whose 24 hours ended before {@code now}; how many. */
  int forgetExpiredKeys(Instant now);
}
