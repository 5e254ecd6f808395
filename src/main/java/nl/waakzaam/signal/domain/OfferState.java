package nl.waakzaam.signal.domain;

/** What the farmer did with the offer. */
public enum OfferState {
  REFUSED,
  STILL_OPEN,
  ACCEPTED
}
