package nl.waakzaam.attachments.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.waakzaam.attachments.application.ReporterAttachments;
import nl.waakzaam.shared.interfaces.rest.AuthorizationHeader;
import nl.waakzaam.shared.interfaces.rest.Languages;
import nl.waakzaam.shared.interfaces.rest.Messages;
import nl.waakzaam.shared.interfaces.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reporter's own files, with whether each was taken and if not, why. */
@Tag(name = "Follow-up")
@Path("followup/attachments")
@ApplicationScoped
public class ReporterAttachmentsResource {

  @Inject private ReporterAttachments attachments;

  @Context private HttpHeaders headers;

  /** Public: the follow-up token is the credential. */
  @PermitAll
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listOwnAttachments",
      summary = "The files the reporter added, oldest first")
  @APIResponse(
      responseCode = "200",
      description = "The files.",
      content = @Content(schema = @Schema(implementation = ReporterAttachmentResponse[].class)))
  @APIResponse(
      responseCode = "401",
      description = "No open session.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public List<ReporterAttachmentResponse> list(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    Messages messages = Messages.in(Languages.preferred(headers));
    return attachments
        .of(
            AuthorizationHeader.credential(authorization, AuthorizationHeader.FOLLOW_UP)
                .orElse(null))
        .stream()
        .map(a -> ReporterAttachmentResponse.of(a, messages))
        .toList();
  }
}
