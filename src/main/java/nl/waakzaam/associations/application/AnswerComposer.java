package nl.waakzaam.associations.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.intake.application.StoredSignal;

/**
 * Writes a batch's answer once its signals are stored, inside the storing transaction, so that the
 * answer kept for a replay is the answer given: what the interface sends is the same bytes.
 */
@FunctionalInterface
public interface AnswerComposer {

  /** The answer as sent, and the refused items as kept for the batch's later reading. */
  record Answer(byte[] body, String refusedItems) {}

  /**
   * @param stored per item given to the submission, in its order: the stored signal, or empty when
   *     no region could be found for it
   */
  Answer compose(UUID batchId, List<Optional<StoredSignal>> stored);
}
