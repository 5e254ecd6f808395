package nl.waakzaam.alerts.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.alerts.application.SectorStatistics;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.shared.interfaces.rest.QueryParameters;
import nl.waakzaam.signal.domain.Sector;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sector figures, k-anonymous, for associations (their sectors) and coordinators (their regions).
 */
@Tag(name = "Sector figures")
@Path("stats/sectors")
@ApplicationScoped
public class StatsResource {

  static final int DEFAULT_QUARTERS = 4;

  @Inject private SectorStatistics statistics;

  @GET
  @Path("{sector}")
  @RolesAllowed({Permission.Names.ASSOCIATION_READ, Permission.Names.STATS_READ})
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = ApiApplication.ASSOCIATION_CLIENT)
  @SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
  @Operation(
      operationId = "sectorFigures",
      summary = "What the platform sees in a sector, per region and quarter",
      description =
          "Counts of signals by kind, status and outcome. An association reads its own sectors over"
              + " every region, a coordinator any sector in their regions. A count of 1 to"
              + " threshold - 1 is never shown, nor any further count from which one could be worked"
              + " out with the total; where the total is that small, nothing of the quarter is shown.")
  @APIResponse(
      responseCode = "200",
      description = "The figures.",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SectorFigures")))
  @APIResponse(
      responseCode = "403",
      description = "Not one of the association's sectors.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "No such sector, or quarters not 1 to 12.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public SectorFiguresResponse figures(
      @PathParam("sector") String sector, @QueryParam("quarters") String quarters) {
    Sector chosen = QueryParameters.choice("sector", sector, Sector.class);
    int count =
        quarters == null
            ? DEFAULT_QUARTERS
            : QueryParameters.limit(quarters, SectorStatistics.MAX_QUARTERS);
    return SectorFiguresResponse.of(statistics.of(chosen, count));
  }
}
