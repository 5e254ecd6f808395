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
import java.util.List;
import java.util.UUID;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.routing.application.RuleKeeping;
import nl.waakzaam.routing.domain.UnknownRuleException;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.shared.interfaces.rest.RequestBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One routing rule: its versions, and the changes that each make a new one: new content, another
 * place in the order, retirement. Each change names the version it was made to, so that a change
 * made in the meantime is never overwritten unseen.
 */
@Tag(name = "Routing")
@Path("routing-rules/{rule}")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class RoutingRuleResource {

  private static final String NOT_FOUND = "No such rule in the caller's regions, or retired.";
  private static final String CHANGED =
      "The rule has a newer version than the one the change was made to (routing-rule-changed).";

  @Inject private RuleKeeping keeping;

  @GET
  @Path("versions")
  @RolesAllowed(Permission.Names.ROUTING_MANAGE)
  @Operation(
      operationId = "routingRuleVersions",
      summary = "Every version of the rule, oldest first")
  @APIResponse(
      responseCode = "404",
      description = "No such rule in the caller's regions.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public List<RuleResponse> versions(@PathParam("rule") String rule) {
    return keeping.versions(id(rule)).stream().map(RuleResponse::of).toList();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.ROUTING_MANAGE)
  @Operation(
      operationId = "changeRoutingRule",
      summary = "Change what the rule says, with the reason",
      description = "A new version in the same place. Audited.")
  @APIResponse(responseCode = "200", description = "The new version.")
  @APIResponse(
      responseCode = "404",
      description = NOT_FOUND,
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = CHANGED,
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "A rule that could not be kept as written, or no reason; nothing changed.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public RuleResponse change(@PathParam("rule") String rule, RuleRequests.Change request) {
    RequestBody.required(request);
    return RuleResponse.of(
        RuleViolations.checked(
            () ->
                keeping.change(id(rule), request.basedOn(), request.toDomain(), request.reason())));
  }

  @PUT
  @Path("position")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.ROUTING_MANAGE)
  @Operation(
      operationId = "moveRoutingRule",
      summary = "Move the rule to another place in the region's order, with the reason",
      description =
          "The rules between move one place, each as a new version. A place past the end is the"
              + " end. Audited.")
  @APIResponse(responseCode = "200", description = "The new version of the rule moved.")
  @APIResponse(
      responseCode = "404",
      description = NOT_FOUND,
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = CHANGED,
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public RuleResponse move(@PathParam("rule") String rule, RuleRequests.Move request) {
    RequestBody.required(request);
    return RuleResponse.of(
        keeping.move(id(rule), request.basedOn(), request.position(), request.reason()));
  }

  @POST
  @Path("retirement")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.ROUTING_MANAGE)
  @Operation(
      operationId = "retireRoutingRule",
      summary = "Retire the rule, with the reason",
      description =
          "It suggests nothing from then on; its versions stay. The rules after it move up one"
              + " place. Audited.")
  @APIResponse(responseCode = "200", description = "The last version, retired.")
  @APIResponse(
      responseCode = "404",
      description = NOT_FOUND,
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = CHANGED,
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public RuleResponse retire(@PathParam("rule") String rule, RuleRequests.Retirement request) {
    RequestBody.required(request);
    return RuleResponse.of(keeping.retire(id(rule), request.basedOn(), request.reason()));
  }

  private static UUID id(String rule) {
    try {
      return UUID.fromString(rule);
    } catch (IllegalArgumentException e) {
      throw new UnknownRuleException();
    }
  }
}
