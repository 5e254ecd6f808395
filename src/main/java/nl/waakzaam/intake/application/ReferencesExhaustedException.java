package nl.waakzaam.intake.application;

import nl.waakzaam.shared.domain.DomainException;

/** No free reference was found for this year after many draws: the year is nearly full. */
public class ReferencesExhaustedException extends DomainException {

  public ReferencesExhaustedException(int year) {
    super(Kind.UNAVAILABLE, "references-exhausted", "No free signal reference left in " + year);
  }
}
