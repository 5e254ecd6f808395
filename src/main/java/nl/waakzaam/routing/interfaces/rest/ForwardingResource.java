package nl.waakzaam.routing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.routing.application.Forwarding;
import nl.waakzaam.routing.application.SignalPackages;
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
 * Forwarding a signal to partners: first the preview of exactly what each will receive, then the
 * forwarding itself, which stores the packages and routes the signal.
 */
@Tag(name = "Routing")
@Path("signals/{reference}/forwardings")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class ForwardingResource {

  @Inject private Forwarding forwarding;
  @Inject private SignalPackages packages;

  /** One stored package. */
  @Schema(name = "ForwardedPackage")
  public record Forwarded(
      UUID id,
      @Schema(example = "politie-limburg") String organisation,
      String name,
      Instant forwardedAt) {}

  /** A package as the forwarding region follows it. */
  @Schema(name = "SentPackage")
  public record Sent(
      UUID id,
      @Schema(example = "politie-limburg") String organisation,
      String organisationName,
      @Schema(example = "RIEC_COVENANT") String legalBasis,
      String forwardedBy,
      Instant forwardedAt,
      @Schema(description = "When the partner first opened it; absent while unread.")
          Instant firstReadAt,
      @Schema(description = "Unread for longer than the configured number of working days.")
          boolean overdue,
      String outcome,
      java.time.LocalDate outcomeOn,
      @Schema(description = "The partner's note for the platform; never shown to the reporter.")
          String outcomeNote) {

    static Sent of(SignalPackages.Sent s) {
      return new Sent(
          s.id(),
          s.organisation(),
          s.organisationName(),
          s.legalBasis(),
          s.forwardedBy(),
          s.forwardedAt(),
          s.firstReadAt().orElse(null),
          s.overdue(),
          s.outcome().map(Enum::name).orElse(null),
          s.outcomeOn().orElse(null),
          s.outcomeNote().orElse(null));
    }
  }

  @GET
  @RolesAllowed(Permission.Names.SIGNAL_READ)
  @Operation(
      operationId = "listForwardings",
      summary = "The packages forwarded of this signal",
      description =
          "To whom, on which basis, whether each was read (or is overdue), and the outcome its"
              + " partner registered.")
  @APIResponse(
      responseCode = "404",
      description = "No such signal in the caller's regions.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public List<Sent> list(@PathParam("reference") String reference) {
    return packages.of(SignalReference.named(reference)).stream().map(Sent::of).toList();
  }

  @POST
  @Path("preview")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.SIGNAL_ROUTE)
  @Operation(
      operationId = "previewForwarding",
      summary = "What each chosen partner would receive, exactly",
      description =
          "An array with one package document per partner, in the order chosen, as the partner"
              + " would read it. Nothing is forwarded; the look is audited.")
  @APIResponse(responseCode = "200", description = "The packages as they would be.")
  @APIResponse(
      responseCode = "404",
      description = "No such signal in the caller's regions.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description =
          "No traceability check yet (traceability-check-missing), or one that identifies but"
              + " names no parts (traceability-parts-missing).",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description =
          "A partner not on the region's list (partner-not-in-region), a basis its profile does"
              + " not allow (legal-basis-not-allowed), a partner chosen twice, or a bad note.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response preview(@PathParam("reference") String reference, ForwardingRequest request) {
    List<byte[]> documents =
        forwarding.preview(SignalReference.named(reference), choices(request), note(request));
    String array =
        documents.stream()
            .map(d -> new String(d, StandardCharsets.UTF_8))
            .collect(Collectors.joining(",", "[", "]"));
    return Response.ok(array, MediaType.APPLICATION_JSON_TYPE).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.SIGNAL_ROUTE)
  @Operation(
      operationId = "forwardSignal",
      summary = "Forward the signal to the chosen partners",
      description =
          "Stores one package per partner, encrypted, as JSON and PDF, each audited with its"
              + " partner and legal basis; the signal becomes ROUTED.")
  @APIResponse(responseCode = "201", description = "Forwarded.")
  @APIResponse(
      responseCode = "404",
      description = "No such signal in the caller's regions.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "No traceability check, one without parts, or a status that allows no routing.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "As for the preview; nothing forwarded.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response forward(@PathParam("reference") String reference, ForwardingRequest request) {
    List<Forwarded> forwarded =
        forwarding
            .forward(SignalReference.named(reference), choices(request), note(request))
            .stream()
            .map(
                f ->
                    new Forwarded(
                        f.id(),
                        f.contents().recipient().organisation(),
                        f.contents().recipient().name(),
                        f.contents().basis().forwardedAt()))
            .toList();
    return Response.status(Response.Status.CREATED).entity(forwarded).build();
  }

  private static List<Forwarding.Choice> choices(ForwardingRequest request) {
    RequestBody.required(request);
    List<Forwarding.Choice> choices =
        request.partners().stream()
            .map(r -> new Forwarding.Choice(r.organisation(), r.legalBasis()))
            .toList();
    if (choices.stream().map(Forwarding.Choice::organisation).distinct().count() < choices.size()) {
      throw new InvalidRequestException(Violation.of("/partners", "forwarding.partner-twice"));
    }
    return choices;
  }

  private static Optional<String> note(ForwardingRequest request) {
    return Optional.ofNullable(request.note()).filter(n -> !n.isBlank());
  }
}
