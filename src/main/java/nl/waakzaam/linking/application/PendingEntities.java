package nl.waakzaam.linking.application;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.waakzaam.linking.domain.Mention;

/**
 * What the signals received in this transaction name, until the transaction is about to commit: a
 * batch of 500 signals is then indexed in a few statements, not one per signal.
 */
@TransactionScoped
class PendingEntities implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<UUID, List<Mention>> bySignal = new LinkedHashMap<>();

  void add(UUID signal, List<Mention> mentions) {
    if (!mentions.isEmpty()) {
      bySignal.put(signal, List.copyOf(mentions));
    }
  }

  /** All that waits, and nothing waits any more. */
  Map<UUID, List<Mention>> drain() {
    Map<UUID, List<Mention>> all = new LinkedHashMap<>(bySignal);
    bySignal.clear();
    return all;
  }
}
