package nl.waakzaam.linking.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.linking.application.AccessToOtherRegions;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.InvalidRequestException;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.shared.interfaces.rest.RequestBody;
import nl.waakzaam.shared.interfaces.rest.Violation;
import nl.waakzaam.signal.domain.SignalReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A coordinator asks another region for its signals that name an entity of their own signal. */
@Tag(name = "Access requests")
@Path("signals/{reference}/access-requests")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class AskForAccessResource {

  @Inject private AccessToOtherRegions access;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.SIGNAL_SHARE)
  @Operation(
      operationId = "askForAccess",
      summary = "Ask another region for its signals that name an entity of this one")
  @APIResponse(
      responseCode = "201",
      description = "Asked; the other region's coordinators see the request.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccessRequestResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such signal in the caller's regions.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description =
          "No reason, an unknown region, one's own region (access-to-own-region), or no signal"
              + " of it names such an entity of this signal (nothing-to-ask).",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response ask(@PathParam("reference") String reference, AccessRequestRequest request) {
    RequestBody.required(request);
    Region region =
        Region.bySlug(request.region())
            .orElseThrow(
                () ->
                    new InvalidRequestException(Violation.of("region", "linking.region.unknown")));
    AccessToOtherRegions.Seen asked =
        access.ask(
            SignalReference.named(reference), region, request.entityType(), request.reason());
    return Response.status(Response.Status.CREATED).entity(AccessRequestResponse.of(asked)).build();
  }
}
