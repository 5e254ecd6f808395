package nl.waakzaam.associations.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Keeps a batch's first answer so that only whoever holds its Idempotency-Key can have it again.
 * The answer carries receipt codes, which the platform otherwise never keeps in a readable form: it
 * is sealed under a key derived from the Idempotency-Key and a server secret, and the
 * Idempotency-Key itself is kept only as a keyed hash. A copy of the database opens neither.
 */
public interface AnswerVault {

  /** The keyed hash under which {@code association}'s {@code idempotencyKey} is looked up. */
  byte[] keyHash(String association, String idempotencyKey);

  byte[] seal(UUID batchId, String association, String idempotencyKey, byte[] answer);

  /** The answer, or empty when it was sealed under another key, batch or server secret. */
  Optional<byte[]> open(UUID batchId, String association, String idempotencyKey, byte[] sealed);
}
