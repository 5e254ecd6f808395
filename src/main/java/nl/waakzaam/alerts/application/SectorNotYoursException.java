package nl.waakzaam.alerts.application;

import nl.waakzaam.shared.domain.DomainException;

/** An association asked for the figures of a sector that is not one of its own. */
public class SectorNotYoursException extends DomainException {

  public SectorNotYoursException() {
    super(Kind.FORBIDDEN, "sector-not-yours", "Not one of the association's sectors");
  }
}
