package nl.waakzaam.audit.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The audit trail as stored: eight chains, each linked record by record. */
public interface AuditRepository {

  /** Appends {@code entry} as the next link of a free chain, in the caller's transaction. */
  void append(AuditEntry entry);

  /**
   * Records about the given regions and about no region, newest first, optionally only about one
   * signal or by one actor, before a position (keyset pagination).
   */
  List<AuditRecord> page(
      Set<String> regions,
      Optional<String> signalReference,
      Optional<String> actorSubject,
      Optional<Long> beforePosition,
      int limit);

  /** Records of {@code chain} after {@code afterSequence}, in chain order. */
  List<AuditRecord> inChainOrder(int chain, long afterSequence, int limit);

  /** The record of {@code chain} at {@code sequence}, if there is one. */
  Optional<AuditRecord> at(int chain, long sequence);

  /** The heads of all chains: where each chain ends. */
  List<Head> heads();

  /** The end of a chain as its head row keeps it. */
  record Head(int chain, long lastSequence, byte[] lastHash) {}
}
