package nl.waakzaam.linking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.linking.domain.Entity;
import nl.waakzaam.linking.domain.EntityIndex;
import nl.waakzaam.linking.domain.Mention;
import nl.waakzaam.linking.domain.Neighbour;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.SignalRepository;
import nl.waakzaam.signal.domain.UnknownSignalException;

/**
 * For each entity a signal names, the other signals that name it: those of the caller's regions
 * listed, those of other regions only counted per region (that a match exists and where, never what
 * it says: need to know is asked for, not assumed). A signal names what its report and its
 * reporter's messages name, and a survivor what its duplicates named.
 */
@ApplicationScoped
public class RelatedSignals {

  /** The most signals listed per entity; the rest of the caller's regions are counted. */
  public static final int LISTED = 20;

  /** One entity of the signal, and who else names it (the newest {@link #LISTED} listed). */
  public record Related(
      Entity entity,
      String asWritten,
      List<String> fields,
      List<Neighbour> inYourRegions,
      int moreInYourRegions,
      Map<Region, Integer> elsewhere) {}

  private CurrentUser user;
  private SignalRepository signals;
  private EntityIndex index;
  private NamedBySignal named;

  protected RelatedSignals() {}

  @Inject
  RelatedSignals(
      CurrentUser user, SignalRepository signals, EntityIndex index, NamedBySignal named) {
    this.user = user;
    this.signals = signals;
    this.index = index;
    this.named = named;
  }

  /**
   * @throws UnknownSignalException when no signal of the caller's regions has this reference
   */
  @Transactional
  public List<Related> of(SignalReference reference) {
    StaffMember staff = user.staff();
    Signal signal =
        signals.findInScope(reference, staff.scope()).orElseThrow(UnknownSignalException::new);
    Map<Entity, List<Mention>> byEntity = new LinkedHashMap<>();
    for (Mention m : named.withDuplicates(signal)) {
      byEntity.computeIfAbsent(m.entity(), e -> new ArrayList<>()).add(m);
    }
    Map<Entity, List<Neighbour>> neighbours = index.neighbours(signal.id(), byEntity.keySet());
    List<Related> related = new ArrayList<>();
    byEntity.forEach(
        (entity, mentions) -> {
          List<Neighbour> mine = new ArrayList<>();
          Map<Region, Integer> elsewhere = new TreeMap<>();
          for (Neighbour n : neighbours.getOrDefault(entity, List.of())) {
            if (staff.scope().includes(n.region())) {
              mine.add(n);
            } else {
              elsewhere.merge(n.region(), 1, Integer::sum);
            }
          }
          related.add(
              new Related(
                  entity,
                  mentions.get(0).asWritten(),
                  mentions.stream().map(Mention::field).toList(),
                  List.copyOf(mine.subList(0, Math.min(LISTED, mine.size()))),
                  Math.max(0, mine.size() - LISTED),
                  elsewhere));
        });
    return related;
  }
}
