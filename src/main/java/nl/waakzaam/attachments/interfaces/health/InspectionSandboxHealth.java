package nl.waakzaam.attachments.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.waakzaam.attachments.domain.ContentInspector;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Says in {@code /health} where hostile files are parsed: in a sandbox without network and with a
 * read-only file system, or, where the machine does not allow one, in plain worker processes with
 * an empty environment. Either way the server is up; an operator reads which it is here.
 */
@Liveness
@ApplicationScoped
public class InspectionSandboxHealth implements HealthCheck {

  @Inject private ContentInspector inspector;

  @Override
  public HealthCheckResponse call() {
    ContentInspector.Isolation isolation = inspector.isolation();
    return HealthCheckResponse.named("attachment-inspection")
        .up()
        .withData("sandboxed", isolation.sandboxed())
        .withData("sandbox", isolation.description())
        .build();
  }
}
