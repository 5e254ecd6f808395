package nl.waakzaam.routing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.routing.application.RegionPartners;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.shared.interfaces.rest.RequestBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The partners a region forwards to, kept by its coordinators. */
@Tag(name = "Routing")
@Path("regions/{region}/partners")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class RegionPartnersResource {

  @Inject private RegionPartners partners;

  @GET
  @RolesAllowed(Permission.Names.SIGNAL_ROUTE)
  @Operation(operationId = "regionPartners", summary = "The partners the region forwards to")
  @APIResponse(
      responseCode = "404",
      description = "No such region among the caller's.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public List<PartnerResponse> list(@PathParam("region") String region) {
    return partners.of(region).stream().map(PartnerResponse::of).toList();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.ROUTING_MANAGE)
  @Operation(
      operationId = "keepRegionPartners",
      summary = "Replace the region's list of partners, with the reason",
      description = "Audited. Packages forwarded before keep their partner.")
  @APIResponse(responseCode = "200", description = "The list as it is now.")
  @APIResponse(
      responseCode = "404",
      description = "No such region among the caller's.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "An id that names no partner (unknown-partner), or no reason; nothing changed.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public List<PartnerResponse> keep(
      @PathParam("region") String region, PartnerListRequest request) {
    RequestBody.required(request);
    return partners.keep(region, request.organisations(), request.reason()).stream()
        .map(PartnerResponse::of)
        .toList();
  }
}
