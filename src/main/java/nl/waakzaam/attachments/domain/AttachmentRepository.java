package nl.waakzaam.attachments.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.signal.domain.Signal;

/** The attachments of signals. */
public interface AttachmentRepository {

  void add(Attachment attachment);

  Optional<Attachment> find(UUID id);

  /** The attachments of {@code signal}, oldest first. */
  List<Attachment> of(Signal signal);

  /** How many files, and how many bytes, the signal holds (refused files do not count). */
  record Usage(long files, long bytes) {}

  /** The usage, holding {@code lock} on the signal until the transaction ends. */
  Usage usageOf(Signal signal, LockModeType lock);

  /** The attachment, locked for the rest of the transaction. */
  Optional<Attachment> findForUpdate(UUID id);

  /**
   * Claims attachments still waiting for an inspection that is not running (never started, or
   * started before {@code stale}), locking them against other instances; oldest first.
   */
  List<Attachment> claimWaiting(Instant stale, int limit);
}
