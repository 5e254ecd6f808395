package nl.waakzaam.access.domain;

import java.util.EnumSet;
import java.util.Set;
import nl.waakzaam.routing.domain.Region;

/**
 * The regions whose signals, history and audit a staff member may see. Every staff query takes one;
 * an empty scope sees nothing.
 */
public record RegionScope(Set<Region> regions) {

  public RegionScope {
    regions = regions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(regions));
  }

  public boolean isEmpty() {
    return regions.isEmpty();
  }

  public boolean includes(Region region) {
    return regions.contains(region);
  }
}
