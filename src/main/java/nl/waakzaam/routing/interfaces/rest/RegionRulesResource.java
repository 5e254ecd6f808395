package nl.waakzaam.routing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.routing.application.RuleKeeping;
import nl.waakzaam.routing.domain.RoutingRule;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.shared.interfaces.rest.RequestBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A region's routing rules, kept by its coordinators: the rules in force in their order, a new one,
 * a draft tried against the region's latest signals, and the municipalities that count as lying on
 * the national border.
 */
@Tag(name = "Routing")
@Path("regions/{region}")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class RegionRulesResource {

  @Inject private RuleKeeping keeping;

  /** A signal a draft would have applied to. */
  @Schema(name = "RoutingRuleMatch")
  public record Match(
      String reference,
      String kind,
      String status,
      Instant receivedAt,
      @Schema(description = "As the reporter named it.") String municipality,
      @Schema(description = "The rule in force before the draft that would suggest instead.")
          RuleReference caughtEarlierBy) {}

  /** A rule in force that comes first. */
  @Schema(name = "RoutingRuleReference")
  public record RuleReference(UUID id, int version, int position, String name) {}

  /** What a draft would have done. */
  @Schema(name = "RoutingRuleDryRun")
  public record DryRun(
      @Schema(
              description =
                  "How many of the region's latest signals were looked at (at most 1000).")
          int looked,
      @Schema(description = "How many of them the draft applies to.") int matched,
      @Schema(description = "How many of those the draft would suggest for, no earlier rule first.")
          int wouldSuggest,
      @Schema(
              type = SchemaType.ARRAY,
              implementation = Match.class,
              description = "The signals it applies to, newest first.")
          List<Match> signals) {}

  /** A municipality of the region. */
  @Schema(name = "RegionMunicipality")
  public record Municipality(
      @Schema(example = "GM0935") String code,
      @Schema(example = "Maastricht") String name,
      @Schema(description = "Counts as lying on the national border.") boolean border) {}

  @GET
  @Path("routing-rules")
  @RolesAllowed(Permission.Names.ROUTING_MANAGE)
  @Operation(
      operationId = "routingRules",
      summary = "The region's routing rules in force, in order")
  @APIResponse(
      responseCode = "404",
      description = "No such region among the caller's.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public List<RuleResponse> list(@PathParam("region") String region) {
    return keeping.inForce(region).stream().map(RuleResponse::of).toList();
  }

  @POST
  @Path("routing-rules")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.ROUTING_MANAGE)
  @Operation(
      operationId = "publishRoutingRule",
      summary = "Publish a new routing rule, with the reason",
      description =
          "Its first version, at the place given (at the end when left out); the rules from there"
              + " on move one place down, each as a new version. Audited.")
  @APIResponse(
      responseCode = "201",
      description = "Published.",
      content = @Content(schema = @Schema(implementation = RuleResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such region among the caller's.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description =
          "A partner not on the region's list, an unknown municipality, a bad postcode range, a"
              + " transfer to the region itself, nothing suggested, or no reason; nothing kept.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response publish(@PathParam("region") String region, RuleRequests.Publication request) {
    RequestBody.required(request);
    RoutingRule rule =
        RuleViolations.checked(
            () ->
                keeping.publish(
                    region,
                    request.toDomain(),
                    Optional.ofNullable(request.position()),
                    request.reason()));
    return Response.status(Response.Status.CREATED).entity(RuleResponse.of(rule)).build();
  }

  @POST
  @Path("routing-rules/dry-run")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.ROUTING_MANAGE)
  @Operation(
      operationId = "tryRoutingRule",
      summary = "Try a draft rule against the region's latest 1000 signals",
      description =
          "Which of them it applies to, and for each whether a rule in force before the place"
              + " given would make the suggestion instead. Nothing is kept; the trial is audited.")
  @APIResponse(responseCode = "200", description = "What the draft would have done.")
  @APIResponse(
      responseCode = "404",
      description = "No such region among the caller's.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "A draft that could not be published as written.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public DryRun dryRun(@PathParam("region") String region, RuleRequests.Draft request) {
    RequestBody.required(request);
    RuleKeeping.DryRun run =
        RuleViolations.checked(
            () ->
                keeping.dryRun(
                    region, request.toDomain(), Optional.ofNullable(request.position())));
    List<Match> matches =
        run.matches().stream()
            .map(
                m ->
                    new Match(
                        m.reference().value(),
                        m.kind().name(),
                        m.status().name(),
                        m.receivedAt(),
                        m.municipality().orElse(null),
                        m.caughtEarlierBy()
                            .map(
                                r -> new RuleReference(r.id(), r.version(), r.position(), r.name()))
                            .orElse(null)))
            .toList();
    int wouldSuggest = (int) matches.stream().filter(m -> m.caughtEarlierBy() == null).count();
    return new DryRun(run.looked(), matches.size(), wouldSuggest, matches);
  }

  @GET
  @Path("border-municipalities")
  @RolesAllowed(Permission.Names.ROUTING_MANAGE)
  @Operation(
      operationId = "regionMunicipalities",
      summary = "The region's municipalities, and which count as lying on the national border")
  @APIResponse(
      responseCode = "404",
      description = "No such region among the caller's.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public List<Municipality> municipalities(@PathParam("region") String region) {
    return municipalities(keeping.municipalities(region));
  }

  @PUT
  @Path("border-municipalities")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.ROUTING_MANAGE)
  @Operation(
      operationId = "keepBorderMunicipalities",
      summary = "Set which of the region's municipalities count as lying on the border",
      description = "Rules with the border condition apply there only. Audited.")
  @APIResponse(responseCode = "200", description = "The region's municipalities as they are now.")
  @APIResponse(
      responseCode = "404",
      description = "No such region among the caller's.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "A code of no municipality of the region, or no reason; nothing changed.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public List<Municipality> keepBorder(
      @PathParam("region") String region, RuleRequests.BorderMunicipalities request) {
    RequestBody.required(request);
    return municipalities(
        RuleViolations.checked(
            () -> keeping.keepBorderMunicipalities(region, request.codes(), request.reason())));
  }

  private static List<Municipality> municipalities(List<RuleKeeping.RegionMunicipality> found) {
    return found.stream()
        .map(m -> new Municipality(m.municipality().code(), m.municipality().name(), m.border()))
        .toList();
  }
}
