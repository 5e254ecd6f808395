package nl.waakzaam.linking.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Which signals name which entities. */
public interface EntityIndex {

  /** What a new {@code signal} names, written in one statement. */
  void add(UUID signal, List<Mention> mentions);

  /** What each of several new signals names, written in as few statements as may be. */
  void addAll(Map<UUID, List<Mention>> bySignal);

  /** What {@code signal} names from now on: its earlier entries are replaced. */
  void replace(UUID signal, List<Mention> mentions);

  /** The signals that name {@code entity}, {@code signal} itself among them if it does. */
  Set<UUID> signalsNaming(Entity entity);

  /**
   * For each of {@code entities}, the signals other than {@code signal} that name it, newest first;
   * all in one query.
   */
  Map<Entity, List<Neighbour>> neighbours(UUID signal, Collection<Entity> entities);
}
