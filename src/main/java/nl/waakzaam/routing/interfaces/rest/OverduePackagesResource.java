package nl.waakzaam.routing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.routing.application.SignalPackages;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The region's packages that partners leave unread too long, for its coordinators to chase. */
@Tag(name = "Routing")
@Path("regions/{region}/overdue-packages")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class OverduePackagesResource {

  @Inject private SignalPackages packages;

  /** A package its partner has not read in the working days allowed. */
  @Schema(name = "OverduePackage")
  public record Overdue(
      UUID id,
      @Schema(example = "VO-2026-123456") String reference,
      @Schema(example = "gemeente-maastricht") String organisation,
      @Schema(example = "Gemeente Maastricht") String organisationName,
      String forwardedBy,
      Instant forwardedAt) {}

  @GET
  @RolesAllowed(Permission.Names.SIGNAL_ROUTE)
  @Operation(
      operationId = "overduePackages",
      summary = "The region's packages that partners left unread too long",
      description =
          "Unread after the configured number of working days"
              + " (waakzaam.routing.unread-overdue-working-days), longest waiting first, at most 200.")
  @APIResponse(
      responseCode = "404",
      description = "No such region among the caller's.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public List<Overdue> overdue(@PathParam("region") String region) {
    return packages.overdueIn(region).stream()
        .map(
            o ->
                new Overdue(
                    o.id(),
                    o.reference().value(),
                    o.organisation(),
                    o.organisationName(),
                    o.forwardedBy(),
                    o.forwardedAt()))
        .toList();
  }
}
