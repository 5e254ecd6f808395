package nl.waakzaam.routing.domain;

/** The organisations a regional platform forwards signals to. */
public enum Partner {
  POLICE,
  RIEC,
  MUNICIPALITY,
  TAX_AUTHORITY,
  CUSTOMS,
  PUBLIC_PROSECUTOR
}
