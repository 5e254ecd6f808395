package nl.waakzaam.signal.domain;

/** The kind of vessel a port or marina operator reports on. */
public enum VesselType {
  MOTOR_YACHT,
  SAILING_YACHT,
  SPEEDBOAT_OR_RIB,
  FISHING_VESSEL,
  INLAND_CARGO,
  SEAGOING_CARGO,
  WORK_BOAT,
  OTHER
}
