package nl.waakzaam.routing.domain;

/**
 * A sort of thing a signal may name that tells where it should go: a foreign plate for the
 * Marechaussee or EURIEC, a vessel's MMSI for customs. Read from the typed fields and the text, as
 * linking reads them; the reporter's own contact details never count.
 */
public enum PresentEntity {
  /** A licence plate registered outside the Netherlands. */
  FOREIGN_PLATE,
  /** A Dutch licence plate. */
  DUTCH_PLATE,
  /** A sea-going vessel's Maritime Mobile Service Identity. */
  MMSI,
  /** An inland vessel's European Number of Identification. */
  ENI_NUMBER,
  /** A Kamer van Koophandel number or branch number. */
  KVK_NUMBER,
  /** A bank account number. */
  IBAN,
  /** A phone number of someone the reporter names. */
  PHONE_NUMBER
}
