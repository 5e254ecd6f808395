package nl.waakzaam.triage.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.InvalidRequestException;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.shared.interfaces.rest.RequestBody;
import nl.waakzaam.shared.interfaces.rest.Violation;
import nl.waakzaam.signal.domain.ContentPart;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.triage.application.StaffActionDone;
import nl.waakzaam.triage.application.TriageActions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Staff actions on one signal of their region. Each is one transaction with its history event and
 * audit record; a step the status does not allow answers 409 and changes nothing.
 */
@Tag(name = "Triage")
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
    return TriageActionResponse.of(actions.take(SignalReference.named(reference)));
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
    return created(actions.ask(SignalReference.named(reference), text(request)));
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
    return created(actions.inform(SignalReference.named(reference), text(request)));
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
    RequestBody.required(request);
    return TriageActionResponse.of(
        actions.reject(SignalReference.named(reference), request.reason()));
  }

  @PUT
  @Path("assignee")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.SIGNAL_TRIAGE)
  @Operation(
      summary = "Assign the signal",
      description =
          "To oneself or a colleague with triage rights in the region (see GET /triage/staff);"
              + " an empty assignee takes it off anyone.")
  @APIResponse(responseCode = "200", description = "Assigned.")
  @APIResponse(
      responseCode = "409",
      description = "The signal is closed, rejected or merged.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "Not a colleague of the region; nothing changed.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public TriageActionResponse assign(
      @PathParam("reference") String reference, AssignmentRequest request) {
    RequestBody.required(request);
    return TriageActionResponse.of(
        actions.assign(SignalReference.named(reference), Optional.ofNullable(request.assignee())));
  }

  @PUT
  @Path("classification")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.SIGNAL_TRIAGE)
  @Operation(
      summary = "Set category and priority, with a reason",
      description = "The time limits follow the new priority, counted from the receipt.")
  @APIResponse(responseCode = "200", description = "Classified.")
  @APIResponse(
      responseCode = "409",
      description = "The signal is closed, rejected or merged.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public TriageActionResponse classify(
      @PathParam("reference") String reference, ClassificationRequest request) {
    RequestBody.required(request);
    return TriageActionResponse.of(
        actions.classify(
            SignalReference.named(reference),
            request.category(),
            request.priority(),
            request.reason()));
  }

  @PUT
  @Path("traceability")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.SIGNAL_TRIAGE)
  @Operation(
      summary = "Record the traceability check",
      description =
          "Could the content identify the reporter? If so, what must be withheld from partners."
              + " Required before the signal is routed or closed as forwarded.")
  @APIResponse(responseCode = "200", description = "Recorded.")
  @APIResponse(
      responseCode = "422",
      description =
          "Identifying, but no part or no reason to withhold given (or parts withheld from a"
              + " signal that identifies no one); nothing changed.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public TriageActionResponse traceability(
      @PathParam("reference") String reference, TraceabilityRequest request) {
    RequestBody.required(request);
    Optional<String> withhold = Optional.ofNullable(request.withhold()).filter(w -> !w.isBlank());
    Set<ContentPart> parts =
        request.withheldParts() == null ? Set.of() : Set.copyOf(request.withheldParts());
    List<Violation> violations = new ArrayList<>();
    if (request.identifying() && withhold.isEmpty()) {
      violations.add(Violation.of("/withhold", "traceability.withhold-required"));
    }
    if (request.identifying() && parts.isEmpty()) {
      violations.add(Violation.of("/withheldParts", "traceability.parts-required"));
    }
    if (!request.identifying() && !parts.isEmpty()) {
      violations.add(Violation.of("/withheldParts", "traceability.parts-without-identifying"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(violations);
    }
    return TriageActionResponse.of(
        actions.checkTraceability(
            SignalReference.named(reference), request.identifying(), withhold, parts));
  }

  @POST
  @Path("closure")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.SIGNAL_TRIAGE)
  @Operation(
      summary = "Close the signal with an outcome",
      description =
          "The outcome text is what the reporter reads on the follow-up page. Closing as forwarded"
              + " needs the traceability check.")
  @APIResponse(responseCode = "200", description = "Closed.")
  @APIResponse(
      responseCode = "409",
      description = "The status allows no closing, or forwarded without a traceability check.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "No outcome, or an empty, long or not plain text; nothing changed.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public TriageActionResponse close(
      @PathParam("reference") String reference, ClosingRequest request) {
    RequestBody.required(request);
    return TriageActionResponse.of(
        actions.close(SignalReference.named(reference), request.outcome(), request.outcomeText()));
  }

  private static Response created(StaffActionDone signal) {
    return Response.status(Response.Status.CREATED).entity(TriageActionResponse.of(signal)).build();
  }

  private static String text(StaffMessageRequest request) {
    RequestBody.required(request);
    return request.text();
  }
}
