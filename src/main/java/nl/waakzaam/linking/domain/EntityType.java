package nl.waakzaam.linking.domain;

/** The kinds of things a signal names that can recur across signals. */
public enum EntityType {
  /** A licence plate: Dutch ones by the RDW's side codes, others with their country. */
  LICENCE_PLATE,
  /** A phone number in E.164 ({@code +31612345678}). */
  PHONE_NUMBER,
  /** An IBAN with a valid checksum, without spaces, upper case. */
  IBAN,
  /** A Kamer van Koophandel number: eight digits. */
  KVK_NUMBER,
  /** A KvK vestigingsnummer (branch number): twelve digits. */
  BRANCH_NUMBER,
  /** An e-mail address, in the form two spellings of one mailbox share. */
  EMAIL_ADDRESS,
  /** A Maritime Mobile Service Identity: nine digits. */
  MMSI,
  /** A European Number of Identification of an inland vessel: eight digits. */
  ENI_NUMBER,
  /** A vessel's name, case, spacing and diacritics folded. */
  VESSEL_NAME,
  /** A Dutch postcode with a house number and any addition: {@code 5712AB 12 A}. */
  ADDRESS
}
