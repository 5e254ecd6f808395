package nl.waakzaam.shared.interfaces.rest;

import jakarta.enterprise.inject.spi.CDI;
import nl.waakzaam.shared.infrastructure.DatabaseProbe;

/**
 * The {@link DatabaseProbe} for the last-resort handlers, which the API's and the pages' frameworks
 * create outside CDI: looked up only when a failure needs it.
 */
public final class DatabaseProbes {

  private DatabaseProbes() {}

  public static boolean answers() {
    return CDI.current().select(DatabaseProbe.class).get().answers();
  }
}
