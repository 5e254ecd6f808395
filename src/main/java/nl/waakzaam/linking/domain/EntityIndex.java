package nl.waakzaam.linking.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Which signals name which entities. */
public interface EntityIndex {

  /** What each of several new signals names, written in as few statements as may be. */
  void addAll(Map<UUID, List<Mention>> bySignal);

  /**
   * Replaces what {@code signal} names in the fields starting with {@code fieldPrefix} (what its
   * reporter wrote since, say) by {@code mentions}, all of which are of such fields.
   */
  void replace(UUID signal, String fieldPrefix, List<Mention> mentions);

  /**
   * For each of {@code entities}, the signals other than {@code signal} that name it, newest first;
   * all in one query. A duplicate folded into another counts as its survivor: the survivor is
   * listed in its place, and {@code signal}'s own duplicates are not listed at all.
   */
  Map<Entity, List<Neighbour>> neighbours(UUID signal, Collection<Entity> entities);
}
