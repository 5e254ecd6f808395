package nl.waakzaam.routing.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import nl.waakzaam.routing.application.RuleKeeping;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the requests that keep a region's routing rules. */
final class RuleRequests {

  private RuleRequests() {}

  /** A draft tried against the region's latest signals; nothing is kept. */
  @Schema(name = "RoutingRuleDraft")
  record Draft(
      @Size(max = 100) @Schema(example = "Vreemd kenteken in een grensgemeente") String name,
      @Min(1) @Max(10_000) @Schema(description = "Where it would stand; at the end when left out.")
          Integer position,
      @NotNull @Valid RuleConditionsBody when,
      @NotNull @Valid RuleSuggestionBody suggests) {

    RuleKeeping.Draft toDomain() {
      return new RuleKeeping.Draft(
          name == null ? "Concept" : name, when.toDomain("/when"), suggests.toDomain("/suggests"));
    }
  }

  /** A new rule, at a place in the order (at the end when left out). */
  @Schema(name = "RoutingRulePublication")
  record Publication(
      @NotBlank @Size(max = 100) @Schema(example = "Vreemd kenteken in een grensgemeente")
          String name,
      @Min(1) @Max(10_000) Integer position,
      @NotNull @Valid RuleConditionsBody when,
      @NotNull @Valid RuleSuggestionBody suggests,
      @NotBlank @Size(max = 2000) @Schema(example = "Afgesproken in het RIEC-overleg.")
          String reason) {

    RuleKeeping.Draft toDomain() {
      return new RuleKeeping.Draft(name, when.toDomain("/when"), suggests.toDomain("/suggests"));
    }
  }

  /** New content for a rule, made to its latest version. */
  @Schema(name = "RoutingRuleChange")
  record Change(
      @NotNull @Min(1) @Schema(description = "The version the change was made to.") Integer basedOn,
      @NotBlank @Size(max = 100) String name,
      @NotNull @Valid RuleConditionsBody when,
      @NotNull @Valid RuleSuggestionBody suggests,
      @NotBlank @Size(max = 2000) String reason) {

    RuleKeeping.Draft toDomain() {
      return new RuleKeeping.Draft(name, when.toDomain("/when"), suggests.toDomain("/suggests"));
    }
  }

  /** Another place in the region's order for a rule. */
  @Schema(name = "RoutingRuleMove")
  record Move(
      @NotNull @Min(1) Integer basedOn,
      @NotNull @Min(1) @Max(10_000) Integer position,
      @NotBlank @Size(max = 2000) String reason) {}

  /** The end of a rule. */
  @Schema(name = "RoutingRuleRetirement")
  record Retirement(@NotNull @Min(1) Integer basedOn, @NotBlank @Size(max = 2000) String reason) {}

  /** The municipalities of the region that count as lying on the national border. */
  @Schema(name = "BorderMunicipalities")
  record BorderMunicipalities(
      @NotNull
          @Size(max = 400)
          @Schema(
              type = SchemaType.ARRAY,
              implementation = String.class,
              description = "CBS codes.",
              example = "[\"GM0935\", \"GM0981\"]")
          Set<@NotNull @Pattern(regexp = "GM[0-9]{4}") String> codes,
      @NotBlank @Size(max = 2000) String reason) {}
}
