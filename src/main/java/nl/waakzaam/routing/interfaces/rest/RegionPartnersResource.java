package nl.waakzaam.routing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.routing.application.RegionPartners;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.shared.interfaces.rest.RequestBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

  /** A partner's functional mailbox, told without content that a package waits. */
  @Schema(name = "MailboxRequest")
  public record MailboxRequest(
      @Email @Size(max = 254) @Schema(example = "meldingen@maastricht.nl") String mailbox,
      @NotNull @Size(max = 2000) @Schema(example = "Nieuw functioneel adres.") String reason) {}

  @PUT
  @Path("{organisation}/mailbox")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.ROUTING_MANAGE)
  @Operation(
      operationId = "keepPartnerMailbox",
      summary = "Set or clear the functional mailbox of one of the region's own organisations",
      description =
          "The mailbox gets a mail without content when a package waits. Audited. An empty"
              + " mailbox clears it.")
  @APIResponse(responseCode = "200", description = "The organisation as it is now.")
  @APIResponse(
      responseCode = "404",
      description = "No such region among the caller's.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "Not an organisation of the region itself, no address, or no reason.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public PartnerResponse mailbox(
      @PathParam("region") String region,
      @PathParam("organisation") String organisation,
      MailboxRequest request) {
    RequestBody.required(request);
    return PartnerResponse.of(
        partners.keepMailbox(
            region,
            organisation,
            Optional.ofNullable(request.mailbox()).filter(m -> !m.isBlank()),
            request.reason()));
  }
}
