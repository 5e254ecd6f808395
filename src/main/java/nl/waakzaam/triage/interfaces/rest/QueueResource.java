package nl.waakzaam.triage.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.intake.domain.SignalSummary;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.QueryParameters;
import nl.waakzaam.triage.application.WorkQueue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The work queue: signals of the caller's regions, newest first, keyset-paginated. */
@Path("triage/queue")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class QueueResource {

  static final int MAX_LIMIT = 100;

  @Inject private WorkQueue queue;

  @GET
  @RolesAllowed(Permission.Names.SIGNAL_READ)
  @Operation(summary = "The work queue of the caller's regions, newest first")
  public QueuePage page(
      @QueryParam("after") String after, @QueryParam("limit") @DefaultValue("50") String limit) {
    WorkQueue.Page page =
        queue.page(QueueCursor.decode(after), QueryParameters.limit(limit, MAX_LIMIT));
    return new QueuePage(
        page.items().stream().map(QueueItem::of).toList(),
        page.next().map(QueueCursor::encode).orElse(null));
  }

  /** A page of the queue; {@code next} is the {@code after} of the following page, if any. */
  public record QueuePage(List<QueueItem> items, String next) {}

  /** A signal in the queue: what it is and where, without its content. */
  public record QueueItem(
      String reference,
      String kind,
      String status,
      String region,
      String sector,
      Instant receivedAt) {

    static QueueItem of(SignalSummary s) {
      return new QueueItem(
          s.reference(),
          s.kind().name(),
          s.status().name(),
          s.region().name(),
          s.sector().name(),
          s.receivedAt());
    }
  }
}
