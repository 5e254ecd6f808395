package nl.waakzaam.triage.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.UnknownSignalException;
import nl.waakzaam.triage.application.SignalDossier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Another region's signal, read by the coordinator whose request for it was granted. */
@Tag(name = "Access requests")
@Path("access-requests/{id}/signals/{reference}")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class GrantedSignalResource {

  @Inject private SignalDossier dossier;

  @Inject private StaffSignalAssembler assembler;

  @GET
  @RolesAllowed(Permission.Names.SIGNAL_SHARE)
  @Transactional
  @Operation(
      operationId = "grantedSignal",
      summary = "A signal of another region, under a granted request",
      description =
          "For the asker only, while the grant runs: what the signal says and its conversation,"
              + " without the reporter's contact details and without actions. Audited in the"
              + " signal's region.")
  @APIResponse(
      responseCode = "200",
      description = "The signal.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = StaffSignalResponse.class)))
  @APIResponse(
      responseCode = "404",
      description =
          "No such request, not granted, expired, not the caller's, or not covering this signal:"
              + " one answer for all.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public StaffSignalResponse signal(
      @PathParam("id") String id, @PathParam("reference") String reference) {
    UUID request;
    try {
      request = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new UnknownSignalException();
    }
    SignalReference parsed = SignalReference.named(reference);
    return assembler.toResponse(dossier.openUnderGrant(request, parsed));
  }
}
