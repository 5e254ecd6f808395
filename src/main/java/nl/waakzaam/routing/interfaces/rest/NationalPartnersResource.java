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
import java.util.Optional;
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

/**
 * The national partner organisations (the tax authority, customs, the NVWA, EURIEC …), which no
 * region owns: their functional mailboxes are kept nationally, by an administrator.
 */
@Tag(name = "Routing")
@Path("partners")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class NationalPartnersResource {

  @Inject private RegionPartners partners;

  @GET
  @RolesAllowed(Permission.Names.PARTNERS_MANAGE)
  @Operation(operationId = "nationalPartners", summary = "The national partner organisations")
  public List<PartnerResponse> list() {
    return partners.national().stream().map(PartnerResponse::of).toList();
  }

  @PUT
  @Path("{organisation}/mailbox")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.PARTNERS_MANAGE)
  @Operation(
      operationId = "keepNationalPartnerMailbox",
      summary = "Set or clear the functional mailbox of a national organisation",
      description =
          "The mailbox gets a mail without content when a package waits. Audited. An empty"
              + " mailbox clears it.")
  @APIResponse(responseCode = "200", description = "The organisation as it is now.")
  @APIResponse(
      responseCode = "422",
      description = "Not a national organisation, not an address, or no reason.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public PartnerResponse mailbox(
      @PathParam("organisation") String organisation,
      RegionPartnersResource.MailboxRequest request) {
    RequestBody.required(request);
    return PartnerResponse.of(
        partners.keepNationalMailbox(
            organisation,
            Optional.ofNullable(request.mailbox()).filter(m -> !m.isBlank()),
            request.reason()));
  }
}
