package nl.waakzaam.regions.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The regions whose signals, history and audit a staff member may see. Every staff query takes one;
 * an empty scope sees nothing.
 */
public record RegionScope(Set<Region> regions) {

  public RegionScope {
    regions = regions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(regions));
  }

  /** The scope of one region: what the system itself looks at when it acts for that region. */
  public static RegionScope of(Region region) {
    return new RegionScope(Set.of(region));
  }

  public boolean isEmpty() {
    return regions.isEmpty();
  }

  public boolean includes(Region region) {
    return regions.contains(region);
  }
}
