package nl.waakzaam.linking.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.linking.application.Links;
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

/** Links made by hand between two signals, for relations the extractor cannot see. */
@Tag(name = "Links")
@Path("signals/{reference}/links")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class LinksResource {

  @Inject private Links links;

  @GET
  @RolesAllowed(Permission.Names.SIGNAL_READ)
  @Operation(operationId = "signalLinks", summary = "The signals linked to this one by hand")
  @APIResponse(
      responseCode = "200",
      description = "Listed for the caller's regions, counted for others.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LinksResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such signal in the caller's regions.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public LinksResponse list(@PathParam("reference") String reference) {
    return LinksResponse.of(links.of(SignalReference.named(reference)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.SIGNAL_TRIAGE)
  @Operation(
      operationId = "linkSignals",
      summary = "Link this signal to another of the caller's regions, with a reason")
  @APIResponse(responseCode = "201", description = "Linked.")
  @APIResponse(
      responseCode = "404",
      description = "Either signal is not of the caller's regions.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "The two are linked already (already-linked).",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "No reason, or the signal itself (link-to-itself); nothing changed.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response link(@PathParam("reference") String reference, LinkRequest request) {
    RequestBody.required(request);
    links.link(
        SignalReference.named(reference),
        SignalReference.named(request.signal()),
        request.reason());
    return Response.status(Response.Status.CREATED).build();
  }

  @DELETE
  @Path("{other}")
  @RolesAllowed(Permission.Names.SIGNAL_TRIAGE)
  @Operation(operationId = "unlinkSignals", summary = "Remove the link between two signals")
  @APIResponse(responseCode = "204", description = "Removed.")
  @APIResponse(
      responseCode = "404",
      description = "Either signal is not of the caller's regions, or they are not linked.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public void unlink(@PathParam("reference") String reference, @PathParam("other") String other) {
    links.unlink(SignalReference.named(reference), SignalReference.named(other));
  }
}
