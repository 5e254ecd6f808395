package nl.waakzaam.signal.domain;

/**
 * How urgently staff handle a signal. It sets the signal's time limits (see the service levels); a
 * new signal is {@link #NORMAL} until staff judge otherwise.
 */
public enum Priority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
