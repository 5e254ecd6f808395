package nl.waakzaam.routing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
 * What came of every region's packages, per kind of partner, for a national analyst: k-anonymous,
 * as JSON or as CSV.
 */
@Tag(name = "Routing")
@Path("stats/forwarding")
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class NationalFiguresResource {

  @Inject private ForwardingFigures figures;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.STATS_NATIONAL)
  @Operation(
      operationId = "nationalForwardingFigures",
      summary = "What came of every region's packages, per kind of partner, k-anonymous",
      description =
          FiguresRequests.PERIOD
              + " A count of 1 to threshold - 1 is left out, as is any count that could be worked"
              + " out from the others, and any time over fewer packages than the threshold."
              + " Audited.")
  @APIResponse(
      responseCode = "422",
      description = "A malformed date or kind, or a period backwards or over two years.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public ForwardingFiguresResponse figures(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("kind") String kind) {
    return ForwardingFiguresResponse.of(found(from, to, kind));
  }

  @GET
  @Path("csv")
  @Produces("text/csv")
  @RolesAllowed(Permission.Names.STATS_NATIONAL)
  @Operation(
      operationId = "nationalForwardingFiguresCsv",
      summary = "The national figures as CSV; a suppressed count is an empty field")
  public Response csv(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("kind") String kind) {
    return FiguresRequests.csv(found(from, to, kind), "doorstuurcijfers-landelijk");
  }

  private ForwardingFigures.Figures found(String from, String to, String kind) {
    FiguresRequests.Period period = FiguresRequests.period(from, to, figures.today());
    return figures.national(period.from(), period.to(), FiguresRequests.kind(kind));
  }
}
