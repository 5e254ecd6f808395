package nl.waakzaam.routing.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.waakzaam.routing.domain.PostcodeRange;
import nl.waakzaam.routing.domain.PresentEntity;
import nl.waakzaam.routing.domain.RuleConditions;
import nl.waakzaam.shared.interfaces.rest.InvalidRequestException;
import nl.waakzaam.shared.interfaces.rest.Violation;
import nl.waakzaam.signal.domain.Category;
import nl.waakzaam.signal.domain.Priority;
import nl.waakzaam.signal.domain.Sector;
import nl.waakzaam.signal.domain.SignalKind;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * When a routing rule applies, field by field; a field left out or empty means "any". A signal
 * meets the rule when it meets every field that is set.
 */
@Schema(name = "RoutingRuleConditions")
public record RuleConditionsBody(
    @Schema(type = SchemaType.ARRAY, implementation = SignalKind.class) Set<SignalKind> kinds,
    @Schema(type = SchemaType.ARRAY, implementation = Sector.class) Set<Sector> sectors,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = Category.class,
            description = "Met only by a signal staff classified as one of these.")
        Set<Category> categories,
    @Schema(type = SchemaType.ARRAY, implementation = Priority.class) Set<Priority> priorities,
    @Size(max = 400)
        @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "CBS codes of municipalities.",
            example = "[\"GM0935\"]")
        Set<@NotNull @Pattern(regexp = "GM[0-9]{4}") String> municipalities,
    @Size(max = 100)
        @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "Four-digit postcodes or ranges of them, both ends included.",
            example = "[\"6200-6229\", \"6241\"]")
        List<@NotNull @Size(max = 20) String> postcodes,
    @Schema(description = "Only in a municipality the region counts as lying on the border.")
        Boolean borderMunicipality,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = PresentEntity.class,
            description = "Sorts of things the signal must name, all of them.")
        Set<PresentEntity> present) {

  /** The conditions, or a violation at {@code pointer}'s field that is not one. */
  RuleConditions toDomain(String pointer) {
    List<PostcodeRange> ranges =
        orEmpty(postcodes).stream()
            .map(
                p ->
                    PostcodeRange.parse(p)
                        .orElseThrow(
                            () ->
                                new InvalidRequestException(
                                    Violation.of(
                                        pointer + "/postcodes", "routing-rule.postcode-range"))))
            .toList();
    return new RuleConditions(
        orEmpty(kinds),
        orEmpty(sectors),
        orEmpty(categories),
        orEmpty(priorities),
        orEmpty(municipalities),
        ranges,
        Optional.ofNullable(borderMunicipality).orElse(false),
        orEmpty(present));
  }

  static RuleConditionsBody of(RuleConditions c) {
    return new RuleConditionsBody(
        new TreeSet<>(c.kinds()),
        new TreeSet<>(c.sectors()),
        new TreeSet<>(c.categories()),
        new TreeSet<>(c.priorities()),
        new TreeSet<>(c.municipalities()),
        c.postcodes().stream().map(PostcodeRange::toString).toList(),
        c.borderMunicipality(),
        new TreeSet<>(c.present()));
  }

  private static <T> Set<T> orEmpty(Set<T> values) {
    return values == null ? Set.of() : values;
  }

  private static <T> List<T> orEmpty(List<T> values) {
    return values == null ? List.of() : values;
  }
}
