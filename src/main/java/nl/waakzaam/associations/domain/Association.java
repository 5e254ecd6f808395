package nl.waakzaam.associations.domain;

import java.util.Objects;
import java.util.Set;
import nl.waakzaam.signal.domain.Sector;

/**
 * An industry association, as its client's token names it: a stable id (its Keycloak client, such
 * as {@code lto-noord}), the name staff see, and the sectors whose figures it may read.
 */
public record Association(String id, String name, Set<Sector> sectors) {

  public Association {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    sectors = Set.copyOf(sectors);
  }
}
