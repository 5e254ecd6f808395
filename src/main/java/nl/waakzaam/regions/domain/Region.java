package nl.waakzaam.regions.domain;

import java.util.Arrays;
import java.util.Locale;
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

  /**
   * The name in URLs and in Keycloak's group paths: {@code den-haag} in {@code /regions/den-haag}.
   */
  public String slug() {
    return displayName.toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  public static Optional<Region> byDisplayName(String name) {
    return Arrays.stream(values()).filter(r -> r.displayName.equals(name)).findFirst();
  }

  public static Optional<Region> bySlug(String slug) {
    return Arrays.stream(values()).filter(r -> r.slug().equals(slug)).findFirst();
  }
}
