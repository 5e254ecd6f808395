package nl.waakzaam.audit.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The audit trail as stored. */
public interface AuditRepository {

  /** Appends {@code entry} as the next link, in the caller's transaction. */
  void append(AuditEntry entry);

  /**
   * Records about the given regions, newest first, optionally only about one signal or by one
   * actor, before a sequence number (keyset pagination).
   */
  List<AuditRecord> page(
      Set<String> regions,
      Optional<String> signalReference,
      Optional<String> actorSubject,
      Optional<Long> beforeSequence,
      int limit);

  /** Records after {@code afterSequence}, oldest first: the trail in chain order. */
  List<AuditRecord> inChainOrder(long afterSequence, int limit);

  /** The chain's head: the last sequence number and hash it knows. */
  Head head();

  /** The end of the chain as the head row keeps it. */
  record Head(long lastSequence, byte[] lastHash) {}
}
