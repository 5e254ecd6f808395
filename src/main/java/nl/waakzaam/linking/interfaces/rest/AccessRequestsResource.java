package nl.waakzaam.linking.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.linking.application.AccessToOtherRegions;
import nl.waakzaam.linking.application.UnknownAccessRequestException;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.shared.interfaces.rest.RequestBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Requests for access between regions, listed for the regions that made or were asked them, and
 * decided by the asked region's coordinator. Asking is {@link AskForAccessResource}; reading a
 * granted signal is {@code GET /access-requests/{id}/signals/{reference}}.
 */
@Tag(name = "Access requests")
@Path("access-requests")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class AccessRequestsResource {

  @Inject private AccessToOtherRegions access;

  @GET
  @RolesAllowed(Permission.Names.SIGNAL_SHARE)
  @Operation(
      operationId = "accessRequests",
      summary = "The requests made by or to the caller's regions, newest first")
  @APIResponse(
      responseCode = "200",
      description = "At most 200.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccessRequestResponse[].class)))
  public List<AccessRequestResponse> list() {
    return access.list().stream().map(AccessRequestResponse::of).toList();
  }

  @POST
  @Path("{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.SIGNAL_SHARE)
  @Operation(
      operationId = "decideAccessRequest",
      summary = "Grant or refuse a request made to one of the caller's regions",
      description = "A grant lets the asker read the signals it names for a limited time.")
  @APIResponse(
      responseCode = "200",
      description = "Decided.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccessRequestResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such request made to the caller's regions.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "Decided before (access-request-decided).",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public AccessRequestResponse decide(@PathParam("id") String id, AccessDecisionRequest decision) {
    RequestBody.required(decision);
    return AccessRequestResponse.of(
        access.decide(
            requestId(id),
            decision.grant(),
            Optional.ofNullable(decision.note()).filter(n -> !n.isBlank())));
  }

  /** A request's id; anything else names no request. */
  private static UUID requestId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new UnknownAccessRequestException();
    }
  }
}
