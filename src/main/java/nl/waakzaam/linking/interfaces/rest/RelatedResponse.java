package nl.waakzaam.linking.interfaces.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.waakzaam.linking.application.RelatedSignals;
import nl.waakzaam.linking.domain.EntityType;
import nl.waakzaam.linking.domain.Vessels;
import nl.waakzaam.regions.domain.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entity the signal names, where in the signal ({@code fields}), and the other signals that
 * name it: listed for the caller's regions (newest first, at most 20; {@code moreInYourRegions}
 * counts the rest), only counted for others ({@code elsewhere}), never what those say.
 */
@Schema(name = "RelatedEntity")
public record RelatedResponse(
    @Schema(example = "LICENCE_PLATE") String type,
    @Schema(description = "As this signal writes it.", example = "vxd-12-b") String asWritten,
    @Schema(
            description =
                "For an MMSI, its flag state by its Maritime Identification Digits (ISO 3166"
                    + " two-letter code); absent for other entities and for an unallocated MID.",
            example = "NL")
        String flagState,
    List<String> fields,
    List<Listed> inYourRegions,
    @Schema(description = "How many more of the caller's regions name it than are listed.")
        int moreInYourRegions,
    List<Elsewhere> elsewhere) {

  /** A signal of the caller's regions that names the entity too. */
  @Schema(name = "RelatedSignal")
  public record Listed(String reference, String kind, Instant receivedAt, String status) {}

  /** How many signals of another region name the entity. */
  @Schema(name = "RelatedElsewhere")
  public record Elsewhere(
      @Schema(example = "rotterdam") String region,
      @Schema(example = "Rotterdam") String regionName,
      int signals) {

    static List<Elsewhere> of(Map<Region, Integer> counts) {
      return counts.entrySet().stream()
          .map(e -> new Elsewhere(e.getKey().slug(), e.getKey().displayName(), e.getValue()))
          .toList();
    }
  }

  static RelatedResponse of(RelatedSignals.Related related) {
    return new RelatedResponse(
        related.entity().type().name(),
        related.asWritten(),
        related.entity().type() == EntityType.MMSI
            ? Vessels.flagState(related.entity().value()).orElse(null)
            : null,
        related.fields(),
        related.inYourRegions().stream()
            .map(
                n ->
                    new Listed(
                        n.reference().value(), n.kind().name(), n.receivedAt(), n.status().name()))
            .toList(),
        related.moreInYourRegions(),
        Elsewhere.of(related.elsewhere()));
  }
}
