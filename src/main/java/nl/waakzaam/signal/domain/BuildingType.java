package nl.waakzaam.signal.domain;

/** The building a farmer or landowner was asked to rent out. */
public enum BuildingType {
  BARN,
  SHED,
  STABLE,
  GREENHOUSE,
  WAREHOUSE,
  HOUSE_OR_HOLIDAY_HOME,
  LAND,
  OTHER
}
