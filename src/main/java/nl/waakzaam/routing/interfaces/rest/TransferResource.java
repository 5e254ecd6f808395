package nl.waakzaam.routing.interfaces.rest;

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
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.routing.application.Transfers;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.InvalidRequestException;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.shared.interfaces.rest.RequestBody;
import nl.waakzaam.shared.interfaces.rest.Violation;
import nl.waakzaam.signal.domain.SignalReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Handing a signal to another region: the offer (and taking it back) by the signal's region, the
 * acceptance or return by the region it is offered to.
 */
@Tag(name = "Routing")
@Path("signals/{reference}/transfer")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class TransferResource {

  @Inject private Transfers transfers;

  /** Where the signal stands after a step of a transfer. */
  @Schema(name = "TransferStep")
  public record Step(
      String reference,
      String status,
      @Schema(description = "The region the signal belongs to after the step.", example = "limburg")
          String region) {

    static Step of(Transfers.Done done) {
      return new Step(done.reference().value(), done.status().name(), done.region().slug());
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.SIGNAL_ROUTE)
  @Operation(
      operationId = "offerTransfer",
      summary = "Offer the signal to another region",
      description =
          "The signal stays the caller's region's until a coordinator of the other region accepts"
              + " it; it waits in that region's list of offered signals. Audited in both regions.")
  @APIResponse(responseCode = "200", description = "Offered.")
  @APIResponse(
      responseCode = "404",
      description = "No such signal in the caller's regions.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description =
          "Decided or merged (transfer-of-decided), already offered (transfer-pending), or"
              + " already of that region (transfer-to-own-region).",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "No such region, or no reason; nothing changed.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Step offer(@PathParam("reference") String reference, TransferRequest request) {
    RequestBody.required(request);
    Region to =
        Region.bySlug(request.region())
            .orElseThrow(
                () -> new InvalidRequestException(Violation.of("/region", "transfer.region")));
    return Step.of(transfers.offer(SignalReference.named(reference), to, request.reason()));
  }

  @DELETE
  @RolesAllowed(Permission.Names.SIGNAL_ROUTE)
  @Operation(
      operationId = "withdrawTransfer",
      summary = "Take back the offer to another region",
      description = "Audited in both regions.")
  @APIResponse(responseCode = "200", description = "Withdrawn; the signal was not moved.")
  @APIResponse(
      responseCode = "404",
      description = "No such signal in the caller's regions.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "Not offered (transfer-not-offered).",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Step withdraw(@PathParam("reference") String reference) {
    return Step.of(transfers.withdraw(SignalReference.named(reference)));
  }

  @POST
  @Path("acceptance")
  @RolesAllowed(Permission.Names.SIGNAL_ROUTE)
  @Operation(
      operationId = "acceptTransfer",
      summary = "Take over a signal offered to the caller's region",
      description =
          "From now on the signal is the caller's region's: the region that offered it no longer"
              + " reads it. Status, deadlines and the reporter's follow-up stay as they are."
              + " Audited in both regions.")
  @APIResponse(responseCode = "200", description = "Accepted.")
  @APIResponse(
      responseCode = "404",
      description = "No such signal offered to the caller's regions.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Step accept(@PathParam("reference") String reference) {
    return Step.of(transfers.accept(SignalReference.named(reference)));
  }

  @POST
  @Path("return")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.SIGNAL_ROUTE)
  @Operation(
      operationId = "returnTransfer",
      summary = "Give an offered signal back to its region",
      description = "With the reason; audited in both regions.")
  @APIResponse(responseCode = "200", description = "Returned; the signal stays where it was.")
  @APIResponse(
      responseCode = "404",
      description = "No such signal offered to the caller's regions.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "No reason, or one too long or not plain text; nothing changed.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Step giveBack(@PathParam("reference") String reference, TransferReturnRequest request) {
    RequestBody.required(request);
    return Step.of(transfers.giveBack(SignalReference.named(reference), request.reason()));
  }
}
