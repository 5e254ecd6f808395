package nl.waakzaam.signal.domain;

/** What sort of signal this is; each kind has its own questionnaire of typed answers. */
public enum SignalKind {
  /** An entrepreneur's signal: retail, hospitality, real estate, car trade, logistics, finance. */
  GENERAL,
  /** A farmer or landowner offered money to rent out a barn, shed or other building. */
  BARN_OFFER,
  /** A port or marina operator about a vessel, its crew or its movements. */
  VESSEL
}
