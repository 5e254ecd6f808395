package nl.waakzaam.signal.domain;

/** Changes to the building that the would-be tenant asked for: the classic signs of a drug lab. */
public enum BuildingChange {
  EXTRA_POWER_SUPPLY,
  BLACKED_OUT_WINDOWS,
  VENTILATION_OR_EXTRACTION,
  WATER_SUPPLY,
  OWN_LOCKS,
  OWNER_MAY_NOT_ENTER,
  CAMERAS,
  INTERNAL_WALLS_OR_ROOMS,
  OTHER
}
