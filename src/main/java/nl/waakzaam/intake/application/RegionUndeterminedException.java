package nl.waakzaam.intake.application;

import nl.waakzaam.shared.domain.DomainException;

/**
 * Neither the postcode nor the municipality the reporter gave leads to a region. The signal is not
 * stored: the reporter is asked for a municipality the reference data knows.
 */
public class RegionUndeterminedException extends DomainException {

  public RegionUndeterminedException() {
    super(
        Kind.UNPROCESSABLE,
        "region-undetermined",
        "No region found for the postcode or municipality given");
  }
}
