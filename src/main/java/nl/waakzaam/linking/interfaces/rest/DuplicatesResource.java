package nl.waakzaam.linking.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.linking.application.Duplicates;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.shared.interfaces.rest.RequestBody;
import nl.waakzaam.signal.domain.SignalReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A duplicate folded into the signal it repeats, and the undoing of that within a day. */
@Tag(name = "Duplicates")
@Path("signals/{reference}/merge")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class DuplicatesResource {

  @Inject private Duplicates duplicates;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.SIGNAL_TRIAGE)
  @Operation(
      operationId = "mergeSignal",
      summary = "Fold this signal, a duplicate, into another",
      description =
          "Both must be signals of the caller's regions. The duplicate becomes MERGED; its"
              + " reporter keeps their receipt code and from now on follows the other signal's"
              + " status and messages, without being told of the merge. Undoable for 24 hours.")
  @APIResponse(
      responseCode = "200",
      description = "Merged.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MergeResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "Either signal is not of the caller's regions.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description =
          "Into itself, into a merged signal, or others were merged into this one"
              + " (merge-into-itself, merge-into-merged, merge-of-survivor).",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "No reason, or one too long or not plain text; nothing changed.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public MergeResponse merge(@PathParam("reference") String reference, MergeRequest request) {
    RequestBody.required(request);
    return MergeResponse.of(
        duplicates.merge(
            SignalReference.named(reference),
            SignalReference.named(request.into()),
            request.reason()));
  }

  @DELETE
  @RolesAllowed(Permission.Names.SIGNAL_TRIAGE)
  @Operation(
      operationId = "undoMerge",
      summary = "Undo the merge of this signal",
      description = "Within 24 hours of the merge: it stands alone again, in the status it had.")
  @APIResponse(responseCode = "204", description = "Undone.")
  @APIResponse(
      responseCode = "404",
      description = "Not a signal of the caller's regions, or its survivor is not.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "Not merged, or merged more than 24 hours ago (not-merged, merge-final).",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public void undo(@PathParam("reference") String reference) {
    duplicates.undo(SignalReference.named(reference));
  }
}
