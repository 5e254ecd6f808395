package nl.waakzaam.triage.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.waakzaam.regions.domain.Region;

/**
 * The staff members who used the console, with the regions their token gave them when last seen:
 * whom a signal of a region can be assigned to. Keycloak stays the authority on who may log in;
 * this only remembers who did.
 */
public interface StaffDirectory {

  /** Notes that {@code username} was seen now with these regions and triage right. */
  void seen(String username, Set<Region> regions, boolean mayTriage, Instant at);

  /** Whether {@code username} was last seen with triage right in {@code region}. */
  boolean mayHandle(String username, Region region);

  /** The user names that may handle signals of any of {@code regions}, alphabetical. */
  List<String> handlersIn(Set<Region> regions);
}
