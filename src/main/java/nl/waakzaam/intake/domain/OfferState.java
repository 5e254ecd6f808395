package nl.waakzaam.intake.domain;

/** What the farmer did with the offer. */
public enum OfferState {
  REFUSED,
  STILL_OPEN,
  ACCEPTED
}
