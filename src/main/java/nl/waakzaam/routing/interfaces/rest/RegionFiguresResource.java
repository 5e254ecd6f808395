package nl.waakzaam.routing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.routing.application.ForwardingFigures;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What came of a region's packages, per partner, for its coordinators: every figure, as JSON or as
 * CSV to take elsewhere.
 */
@Tag(name = "Routing")
@Path("regions/{region}/forwarding-figures")
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class RegionFiguresResource {

  @Inject private ForwardingFigures figures;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.STATS_READ)
  @Operation(
      operationId = "forwardingFigures",
      summary = "What came of the region's packages, per partner",
      description =
          FiguresRequests.PERIOD
              + " Forwarded, read and with an outcome; hours to reading and to the outcome (median,"
              + " 90th percentile); the outcomes. Audited.")
  @APIResponse(
      responseCode = "404",
      description = "No such region among the caller's.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "A malformed date or kind, or a period backwards or over two years.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public ForwardingFiguresResponse figures(
      @PathParam("region") String region,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("kind") String kind) {
    return ForwardingFiguresResponse.of(found(region, from, to, kind));
  }

  @GET
  @Path("csv")
  @Produces("text/csv")
  @RolesAllowed(Permission.Names.STATS_READ)
  @Operation(
      operationId = "forwardingFiguresCsv",
      summary = "The region's figures as CSV (RFC 4180, UTF-8), one row per partner")
  @APIResponse(
      responseCode = "404",
      description = "No such region among the caller's.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response csv(
      @PathParam("region") String region,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("kind") String kind) {
    return FiguresRequests.csv(found(region, from, to, kind), "doorstuurcijfers-" + region);
  }

  private ForwardingFigures.Figures found(String region, String from, String to, String kind) {
    FiguresRequests.Period period = FiguresRequests.period(from, to, figures.today());
    return figures.ofRegion(region, period.from(), period.to(), FiguresRequests.kind(kind));
  }
}
