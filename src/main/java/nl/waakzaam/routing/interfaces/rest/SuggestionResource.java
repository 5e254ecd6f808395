package nl.waakzaam.routing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.routing.application.RoutingSuggestions;
import nl.waakzaam.shared.interfaces.rest.ApiApplication;
import nl.waakzaam.shared.interfaces.rest.Problem;
import nl.waakzaam.signal.domain.SignalReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the region's routing rules suggest for a signal, and which rule suggests it. */
@Tag(name = "Routing")
@Path("signals/{reference}/routing-suggestion")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@SecurityRequirement(name = ApiApplication.STAFF_TOKEN)
public class SuggestionResource {

  @Inject private RoutingSuggestions suggestions;

  /** A partner suggested. */
  @Schema(name = "SuggestedPartner")
  public record Partner(
      @Schema(example = "politie-limburg") String id,
      @Schema(example = "Politie, eenheid Limburg") String name) {}

  /** The suggestion, or {@code matched: false} when no rule in force applies. */
  @Schema(name = "RoutingSuggestion")
  public record Suggestion(
      boolean matched,
      @Schema(description = "The rule that suggests, by its version.")
          RegionRulesResource.RuleReference rule,
      @Schema(
              type = SchemaType.ARRAY,
              implementation = Partner.class,
              description = "In the order the rule gives; none when it suggests no partners.")
          List<Partner> partners,
      String text,
      String priority,
      @Schema(example = "oost-brabant") String transferTo) {}

  @GET
  @RolesAllowed(Permission.Names.SIGNAL_READ)
  @Operation(
      operationId = "routingSuggestion",
      summary = "What the region's routing rules suggest for the signal",
      description =
          "Worked out from the rules in force and the signal as it is now (the category and"
              + " priority staff gave it); forwarding and offering to another region record"
              + " whether staff followed it.")
  @APIResponse(responseCode = "200", description = "The suggestion, or none.")
  @APIResponse(
      responseCode = "404",
      description = "No such signal in the caller's regions.",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Suggestion suggestion(@PathParam("reference") String reference) {
    return suggestions
        .forSignal(SignalReference.named(reference))
        .map(
            s -> {
              var rule = s.rule();
              var suggests = rule.suggests();
              List<Partner> partners =
                  suggests.partners().stream()
                      .flatMap(
                          id ->
                              s.partners().stream()
                                  .filter(p -> p.id().equals(id))
                                  .map(p -> new Partner(p.id(), p.name())))
                      .toList();
              return new Suggestion(
                  true,
                  new RegionRulesResource.RuleReference(
                      rule.id(), rule.version(), rule.position(), rule.name()),
                  partners,
                  suggests.text().orElse(null),
                  suggests.priority().map(Enum::name).orElse(null),
                  suggests.transferTo().map(r -> r.slug()).orElse(null));
            })
        .orElse(new Suggestion(false, null, List.of(), null, null, null));
  }
}
