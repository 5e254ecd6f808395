package nl.waakzaam.routing.interfaces.rest;

import java.time.Instant;
import java.util.UUID;
import nl.waakzaam.routing.domain.RoutingRule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a routing rule: its place, conditions and suggestion, and who made it why. */
@Schema(name = "RoutingRule")
public record RuleResponse(
    UUID id,
    @Schema(description = "Counts from 1; every change is a new version.") int version,
    @Schema(example = "limburg") String region,
    @Schema(description = "The place in the region's order; the first rule that applies wins.")
        int position,
    @Schema(example = "Buitenlands kenteken in een grensgemeente") String name,
    RuleConditionsBody when,
    RuleSuggestionBody suggests,
    @Schema(description = "A retired rule suggests nothing.") boolean retired,
    String madeBy,
    String reason,
    Instant madeAt) {

  static RuleResponse of(RoutingRule r) {
    return new RuleResponse(
        r.id(),
        r.version(),
        r.region().slug(),
        r.position(),
        r.name(),
        RuleConditionsBody.of(r.when()),
        RuleSuggestionBody.of(r.suggests()),
        r.retired(),
        r.made().author(),
        r.made().reason(),
        r.made().at());
  }
}
