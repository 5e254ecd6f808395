package nl.waakzaam.shared.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.waakzaam.shared.infrastructure.DatabaseProbe;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers: without it no signal can be stored. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject private DatabaseProbe database;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database").status(database.answers()).build();
  }
}
