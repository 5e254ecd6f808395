package nl.waakzaam.triage.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.intake.domain.Signal;
import nl.waakzaam.intake.domain.SignalReference;
import nl.waakzaam.intake.domain.UnknownSignalException;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.MalformedRequestException;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.triage.application.TriageActions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Staff actions on one signal of their region. Each is one transaction with its history event and
 * audit record; a step the status does not allow answers 409 and changes nothing.
 */
@Path("signals/{reference}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class TriageActionsResource {

  @Inject private TriageActions actions;

  @POST
  @Path("triage")
  @RolesAllowed(Permission.Names.SIGNAL_TRIAGE)
  @Operation(summary = "Take a received signal into triage")
  @APIResponse(responseCode = "200", description = "Now in triage.")
  @APIResponse(
      responseCode = "404",
      description = "No such signal in the caller's regions.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "Not a received signal.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public TriageActionResponse take(@PathParam("reference") String reference) {
    return TriageActionResponse.of(actions.take(parse(reference)));
  }

  @POST
  @Path("questions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.SIGNAL_TRIAGE)
  @Operation(
      summary = "Ask the reporter a question",
      description =
          "The signal then waits for the reporter (a received one is taken into triage first);"
              + " the question shows on the reporter's follow-up.")
  @APIResponse(responseCode = "201", description = "Asked.")
  @APIResponse(
      responseCode = "409",
      description = "The signal's status allows no question (closed, already waiting).",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "Empty, too long, or not plain text; nothing stored.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response ask(@PathParam("reference") String reference, StaffMessageRequest request) {
    return created(actions.ask(parse(reference), text(request)));
  }

  @POST
  @Path("messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.SIGNAL_TRIAGE)
  @Operation(
      summary = "Tell the reporter something",
      description = "Shows on the reporter's follow-up; the status stays as it is.")
  @APIResponse(responseCode = "201", description = "Sent.")
  @APIResponse(
      responseCode = "422",
      description = "Empty, too long, or not plain text; nothing stored.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response inform(@PathParam("reference") String reference, StaffMessageRequest request) {
    return created(actions.inform(parse(reference), text(request)));
  }

  @POST
  @Path("rejection")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.SIGNAL_TRIAGE)
  @Operation(
      summary = "Reject a signal",
      description =
          "Abuse, spam, or not a signal: the reason stays in the history for staff; the reporter"
              + " reads that the signal was not taken up.")
  @APIResponse(responseCode = "200", description = "Rejected.")
  @APIResponse(
      responseCode = "409",
      description = "The signal's status allows no rejection (waiting, routed, closed).",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "No reason, or one too long or not plain text; nothing changed.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public TriageActionResponse reject(
      @PathParam("reference") String reference, RejectionRequest request) {
    if (request == null) {
      throw new MalformedRequestException("Empty body");
    }
    return TriageActionResponse.of(actions.reject(parse(reference), request.reason()));
  }

  private static Response created(Signal signal) {
    return Response.status(Response.Status.CREATED).entity(TriageActionResponse.of(signal)).build();
  }

  private static String text(StaffMessageRequest request) {
    if (request == null) {
      throw new MalformedRequestException("Empty body");
    }
    return request.text();
  }

  private static SignalReference parse(String reference) {
    return SignalReference.parse(reference).orElseThrow(UnknownSignalException::new);
  }
}
