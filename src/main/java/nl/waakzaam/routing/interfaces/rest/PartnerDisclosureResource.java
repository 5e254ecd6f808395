package nl.waakzaam.routing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.routing.application.PartnerDisclosure;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.shared.interfaces.rest.RequestBody;
import nl.waakzaam.signal.domain.SignalReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether the reporter may read which kinds of partner received their signal. */
@Tag(name = "Routing")
@Path("signals/{reference}/partner-disclosure")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class PartnerDisclosureResource {

  @Inject private PartnerDisclosure disclosure;

  /** The decision, with its reason. */
  @Schema(name = "PartnerDisclosureRequest")
  public record Decision(
      @NotNull @Schema(description = "True: the reporter reads the kinds; false: they do not.")
          Boolean disclosed,
      @NotBlank
          @Size(max = 2000)
          @Schema(example = "De gemeente vroeg erom: de melder mag weten dat zij het oppakt.")
          String reason) {}

  /** What the reporter reads now. */
  @Schema(name = "PartnerDisclosure")
  public record Disclosed(
      @Schema(
              type = SchemaType.ARRAY,
              implementation = String.class,
              description =
                  "The kinds of partner the reporter reads, such as POLICE; empty if none.")
          List<String> partners) {}

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.SIGNAL_ROUTE)
  @Operation(
      operationId = "decidePartnerDisclosure",
      summary = "Let the reporter read which kinds of partner received the signal, or not",
      description =
          "By default the reporter never reads where a signal went. A coordinator may decide per"
              + " signal that they read the kinds of partner (the police, the municipality), never"
              + " an organisation's name. Audited, and kept in the signal's history.")
  @APIResponse(responseCode = "200", description = "What the reporter reads now.")
  @APIResponse(
      responseCode = "404",
      description = "No such signal in the caller's regions.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "The signal went to no partner (nothing-forwarded).",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "No decision or no reason; nothing changed.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Disclosed decide(@PathParam("reference") String reference, Decision request) {
    RequestBody.required(request);
    return new Disclosed(
        disclosure
            .decide(SignalReference.named(reference), request.disclosed(), request.reason())
            .stream()
            .sorted()
            .map(Enum::name)
            .toList());
  }
}
