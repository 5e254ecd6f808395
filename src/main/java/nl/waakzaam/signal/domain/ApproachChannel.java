package nl.waakzaam.signal.domain;

/** How the offer reached the farmer. */
public enum ApproachChannel {
  IN_PERSON,
  PHONE,
  MESSAGING_APP,
  EMAIL,
  LETTER,
  INTERMEDIARY,
  ADVERTISEMENT_RESPONSE,
  OTHER
}
