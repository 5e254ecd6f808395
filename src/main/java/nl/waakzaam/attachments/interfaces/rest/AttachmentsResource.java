package nl.waakzaam.attachments.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.access.application.NotAuthenticatedException;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.attachments.application.AttachmentDownload;
import nl.waakzaam.attachments.application.AttachmentUpload;
import nl.waakzaam.attachments.application.AttachmentView;
import nl.waakzaam.attachments.application.UnknownAttachmentException;
import nl.waakzaam.attachments.application.UploadLimits;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.interfaces.multipart.MultipartForm;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.AuthorizationHeader;
import nl.waakzaam.shared.interfaces.rest.BodyLimit;
import nl.waakzaam.shared.interfaces.rest.Downloads;
import nl.waakzaam.shared.interfaces.rest.Languages;
import nl.waakzaam.shared.interfaces.rest.Messages;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.shared.interfaces.web.ClientAddresses;
import nl.waakzaam.signal.domain.SignalReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The files of one signal. Its reporter (follow-up token) and staff of its region (bearer token)
 * add files; staff download them. An upload is answered as soon as the file is kept, encrypted: its
 * inspection follows, and its verdict shows in the lists.
 */
@Tag(name = "Attachments")
@Path("signals/{reference}/attachments")
@ApplicationScoped
public class AttachmentsResource {

  /** Room for the multipart headers and the fields around the file. */
  static final int ENVELOPE = 64 * 1024;

  @Inject private AttachmentUpload upload;

  @Inject private UploadLimits limits;

  @Inject private ClientAddresses clients;

  @Context private HttpServletRequest servletRequest;

  @Inject private AttachmentDownload download;

  @Context private HttpHeaders headers;

  @Context private SecurityContext security;

  /** Public: the follow-up token or the bearer token is the credential, checked here. */
  @PermitAll
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @BodyLimit(value = Setting.ATTACHMENT_MAX_FILE_BYTES, envelope = ENVELOPE)
  @Operation(
      summary = "Add a file to a signal",
      description =
          "multipart/form-data with the file in the first file part (the field name is free)."
              + " With `Authorization: FollowUp <token>` the reporter adds to the signal of their"
              + " session; with a bearer token, staff of the signal's region (signal:triage). The"
              + " answer comes once the file is kept; its inspection follows and its state moves"
              + " from RECEIVED to ACCEPTED or REFUSED.")
  @APIResponse(
      responseCode = "202",
      description = "Kept; inspection follows.",
      content = @Content(schema = @Schema(implementation = ReporterAttachmentResponse.class)))
  @APIResponse(
      responseCode = "401",
      description = "No valid follow-up session or bearer token.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "403",
      description = "A staff token without signal:triage.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "404",
      description = "No such signal for this caller.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "The signal holds as many files or bytes as it may.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "413",
      description = "The file is larger than allowed; nothing kept.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "429",
      description =
          "A reporter's client uploaded as many bytes as it may this hour; Retry-After says how"
              + " many seconds to wait. Nothing kept.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response add(
      @PathParam("reference") String reference,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      InputStream body)
      throws IOException {
    SignalReference signal = SignalReference.named(reference);
    Optional<String> followUpToken =
        AuthorizationHeader.credential(authorization, AuthorizationHeader.FOLLOW_UP);
    boolean staff =
        AuthorizationHeader.credential(authorization, AuthorizationHeader.BEARER).isPresent();
    if (followUpToken.isEmpty() && !staff) {
      throw new NotAuthenticatedException();
    }
    if (staff && security.getUserPrincipal() == null) {
      throw new NotAuthenticatedException();
    }
    // Adding a file is handling the signal: reading it is not enough.
    if (staff && !security.isUserInRole(Permission.Names.SIGNAL_TRIAGE)) {
      throw new ForbiddenException();
    }
    if (followUpToken.isPresent()) {
      limits.admit(clients.networkOf(servletRequest), headers.getLength());
    }
    AttachmentView kept =
        MultipartForm.read(
            headers.getHeaderString(HttpHeaders.CONTENT_TYPE),
            headers.getLength(),
            body,
            (fields, file) ->
                followUpToken.isPresent()
                    ? upload.fromReporter(
                        followUpToken.get(),
                        Optional.of(signal),
                        file.fileName(),
                        file.contentType(),
                        file.content())
                    : upload.fromStaff(
                        signal, file.fileName(), file.contentType(), file.content()));
    return Response.accepted(ReporterAttachmentResponse.of(kept, messages())).build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.SIGNAL_READ)
  @SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
  @Operation(
      operationId = "listAttachments",
      summary = "The files of a signal of the caller's regions, oldest first")
  @APIResponse(
      responseCode = "200",
      description = "The files.",
      content = @Content(schema = @Schema(implementation = AttachmentResponse[].class)))
  @APIResponse(
      responseCode = "404",
      description = "No such signal in the caller's regions.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public List<AttachmentResponse> list(@PathParam("reference") String reference) {
    Messages messages = messages();
    return download.list(SignalReference.named(reference)).stream()
        .map(a -> AttachmentResponse.of(a, messages))
        .toList();
  }

  @GET
  @Path("{id}/content")
  @RolesAllowed(Permission.Names.SIGNAL_READ)
  @SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
  @Operation(
      summary = "The clean copy of an accepted file",
      description = "Without location, camera, author or other metadata; audited.")
  @APIResponse(responseCode = "200", description = "The clean copy, as an attachment.")
  @APIResponse(
      responseCode = "404",
      description = "No such accepted file of a signal in the caller's regions.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response content(@PathParam("reference") String reference, @PathParam("id") String id) {
    return send(download.cleanCopy(SignalReference.named(reference), id(id)));
  }

  @GET
  @Path("{id}/original")
  @RolesAllowed(Permission.Names.ATTACHMENT_ORIGINAL)
  @SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
  @Operation(
      summary = "The file as uploaded",
      description =
          "With all its metadata, whatever its verdict; for those with attachment:original."
              + " Audited.")
  @APIResponse(responseCode = "200", description = "The file as uploaded, as an attachment.")
  @APIResponse(
      responseCode = "404",
      description = "No such file of a signal in the caller's regions.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response original(@PathParam("reference") String reference, @PathParam("id") String id) {
    return send(download.original(SignalReference.named(reference), id(id)));
  }

  /** The file as a download, under the type its content showed. */
  static Response send(AttachmentDownload.Download file) {
    return Downloads.of(file.content(), file.contentType(), file.fileName());
  }

  private Messages messages() {
    return Messages.in(Languages.preferred(headers));
  }

  private static UUID id(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new UnknownAttachmentException();
    }
  }
}
