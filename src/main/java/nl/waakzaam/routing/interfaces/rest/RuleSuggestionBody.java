package nl.waakzaam.routing.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.routing.domain.RuleSuggestion;
import nl.waakzaam.shared.interfaces.rest.InvalidRequestException;
import nl.waakzaam.shared.interfaces.rest.Violation;
import nl.waakzaam.signal.domain.Priority;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a routing rule suggests: at least one of partners, a text, a priority, a region. */
@Schema(name = "RoutingRuleSuggestion")
public record RuleSuggestionBody(
    @Size(max = 20)
        @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "Partners of the region's list, by id, in the order suggested.",
            example = "[\"politie-limburg\", \"riec-limburg\"]")
        List<@NotNull @Size(max = 80) String> partners,
    @Size(max = 2000)
        @Schema(
            description = "A standard text for staff.",
            example = "Vreemd kenteken bij de grens: EURIEC erbij betrekken.")
        String text,
    Priority priority,
    @Size(max = 40)
        @Schema(
            description = "Another region that should have the signal.",
            example = "oost-brabant")
        String transferTo) {

  RuleSuggestion toDomain(String pointer) {
    Optional<Region> region =
        Optional.ofNullable(transferTo)
            .map(
                slug ->
                    Region.bySlug(slug)
                        .orElseThrow(
                            () ->
                                new InvalidRequestException(
                                    Violation.of(pointer + "/transferTo", "transfer.region"))));
    return new RuleSuggestion(
        partners == null ? List.of() : partners,
        Optional.ofNullable(text),
        Optional.ofNullable(priority),
        region);
  }

  static RuleSuggestionBody of(RuleSuggestion s) {
    return new RuleSuggestionBody(
        s.partners(),
        s.text().orElse(null),
        s.priority().orElse(null),
        s.transferTo().map(Region::slug).orElse(null));
  }
}
