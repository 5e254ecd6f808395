package nl.waakzaam.linking.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.linking.application.RelatedSignals;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.signal.domain.SignalReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signals related to one signal by what they name. */
@Tag(name = "Linking")
@Path("signals/{reference}/related")
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class RelatedSignalsResource {

  @Inject private RelatedSignals related;

  @GET
  @RolesAllowed(Permission.Names.SIGNAL_READ)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "relatedSignals",
      summary = "Per entity the signal names, the other signals that name it",
      description =
          "Signals of the caller's regions are listed; of other regions only how many there are"
              + " and where.")
  @APIResponse(
      responseCode = "200",
      description = "One entry per entity, in the order the signal names them.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RelatedResponse[].class)))
  @APIResponse(
      responseCode = "404",
      description = "No such signal in the caller's regions.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public List<RelatedResponse> related(@PathParam("reference") String reference) {
    SignalReference parsed = SignalReference.named(reference);
    return related.of(parsed).stream().map(RelatedResponse::of).toList();
  }
}
