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
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.routing.application.PartnerInbox;
import nl.waakzaam.routing.domain.UnknownPackageException;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.Downloads;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.shared.interfaces.rest.RequestBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A partner's inbox: the packages addressed to the caller's organisation (its group {@code
 * /partners/<id>}) and no other; every read audited.
 */
@Tag(name = "Partner inbox")
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class InboxResource {

  @Inject private PartnerInbox inbox;

  @GET
  @RolesAllowed(Permission.Names.PACKAGE_READ)
  @Operation(operationId = "inbox", summary = "The newest packages for the caller's organisation")
  public List<InboxItemResponse> list() {
    return inbox.list().stream().map(InboxItemResponse::of).toList();
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Permission.Names.PACKAGE_READ)
  @Operation(
      operationId = "inboxPackage",
      summary = "A package as JSON, exactly as it was forwarded",
      description = "Audited; the first read is shown to the platform.")
  @APIResponse(responseCode = "200", description = "The package document.")
  @APIResponse(
      responseCode = "404",
      description = "No such package for the caller's organisation.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response contents(@PathParam("id") String id) {
    return Response.ok(inbox.contents(id(id)), MediaType.APPLICATION_JSON_TYPE).build();
  }

  @GET
  @Path("{id}/document")
  @Produces("application/pdf")
  @RolesAllowed(Permission.Names.PACKAGE_READ)
  @Operation(operationId = "inboxPackageDocument", summary = "A package as PDF")
  @APIResponse(responseCode = "200", description = "The package's PDF.")
  @APIResponse(
      responseCode = "404",
      description = "No such package for the caller's organisation.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response document(@PathParam("id") String id) {
    UUID packageId = id(id);
    return Downloads.of(
        inbox.document(packageId), "application/pdf", "pakket-" + packageId + ".pdf");
  }

  @GET
  @Path("{id}/files/{number}")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed(Permission.Names.PACKAGE_READ)
  @Operation(
      operationId = "inboxPackageFile",
      summary = "A clean copy the package lists, by its number",
      description = "Without the metadata of the original (ADR 17). Audited.")
  @APIResponse(responseCode = "200", description = "The clean copy, as an attachment.")
  @APIResponse(
      responseCode = "404",
      description = "No such package or file for the caller's organisation.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response file(@PathParam("id") String id, @PathParam("number") int number) {
    PartnerInbox.FileCopy file = inbox.file(id(id), number);
    return Downloads.of(file.content(), file.mediaType(), file.fileName());
  }

  @PUT
  @Path("{id}/outcome")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.PACKAGE_OUTCOME)
  @Operation(
      operationId = "registerOutcome",
      summary = "Register what the organisation did with the package")
  @APIResponse(responseCode = "200", description = "Registered.")
  @APIResponse(
      responseCode = "404",
      description = "No such package for the caller's organisation.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "A date before the forwarding or after today, or a bad note; nothing changed.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public InboxItemResponse outcome(@PathParam("id") String id, OutcomeRequest request) {
    RequestBody.required(request);
    return InboxItemResponse.of(
        inbox.registerOutcome(
            id(id),
            request.outcome(),
            request.on(),
            Optional.ofNullable(request.note()).filter(n -> !n.isBlank())));
  }

  private static UUID id(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new UnknownPackageException();
    }
  }
}
