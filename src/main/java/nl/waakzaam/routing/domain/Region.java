package nl.waakzaam.routing.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The ten regional platforms, aligned with the ten RIEC regions and police units. A signal belongs
 * to exactly one of them; staff see only their own.
 */
public enum Region {
  NOORD_NEDERLAND("Noord-Nederland"),
  OOST_NEDERLAND("Oost-Nederland"),
  MIDDEN_NEDERLAND("Midden-Nederland"),
  NOORD_HOLLAND("Noord-Holland"),
  AMSTERDAM_AMSTELLAND("Amsterdam-Amstelland"),
  DEN_HAAG("Den Haag"),
  ROTTERDAM("Rotterdam"),
  ZEELAND_WEST_BRABANT("Zeeland-West-Brabant"),
  OOST_BRABANT("Oost-Brabant"),
  LIMBURG("Limburg");

  private final String displayName;

  Region(String displayName) {
    this.displayName = displayName;
  }

  /** The platform's own name, as the reference data and the staff write it. */
  public String displayName() {
    return displayName;
  }

  public static Optional<Region> byDisplayName(String name) {
    return Arrays.stream(values()).filter(r -> r.displayName.equals(name)).findFirst();
  }
}
