package nl.waakzaam.routing.interfaces.rest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import nl.waakzaam.routing.application.ForwardingFigures;
import nl.waakzaam.routing.domain.PackageCounts;
import nl.waakzaam.routing.domain.ShownCounts;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What came of the packages forwarded in a period; a count left out is suppressed. */
@Schema(name = "ForwardingFigures")
public record ForwardingFiguresResponse(
    @Schema(description = "The region, or absent for the national figures.", example = "limburg")
        String region,
    LocalDate from,
    LocalDate to,
    @Schema(description = "The kind of signal, when the figures are of one kind.") String kind,
    @Schema(description = "The k-anonymity threshold, for the national figures.") Integer threshold,
    @Schema(type = SchemaType.ARRAY, implementation = Row.class) List<Row> partners) {

  /** One partner organisation, or one kind of partner nationally. */
  @Schema(name = "ForwardingFiguresRow")
  public record Row(
      @Schema(example = "politie-limburg") String key,
      @Schema(example = "Politie, eenheid Limburg") String name,
      Long forwarded,
      Long read,
      Long withOutcome,
      Times hoursToRead,
      Times hoursToOutcome,
      @Schema(
              description =
                  "The count of each outcome (ADMINISTRATIVE_MEASURE, BIBOB_CHECK, …); left out"
                      + " where suppressed.")
          Map<String, Long> outcomes) {}

  /** Hours from forwarding: median and 90th percentile; left out where not measured or shown. */
  @Schema(name = "ForwardingTimes")
  public record Times(Double median, Double p90) {
    static Times of(PackageCounts.Durations d) {
      return new Times(value(d.medianHours()), value(d.p90Hours()));
    }
  }

  static ForwardingFiguresResponse of(ForwardingFigures.Figures f) {
    return new ForwardingFiguresResponse(
        f.region().map(r -> r.slug()).orElse(null),
        f.from(),
        f.to(),
        f.kind().map(Enum::name).orElse(null),
        f.threshold().isPresent() ? f.threshold().getAsInt() : null,
        f.rows().stream().map(ForwardingFiguresResponse::row).toList());
  }

  private static Row row(ForwardingFigures.Row r) {
    ShownCounts c = r.counts();
    Map<String, Long> outcomes = new LinkedHashMap<>();
    c.outcomes().forEach((k, v) -> outcomes.put(k.name(), value(v)));
    return new Row(
        r.key(),
        r.name(),
        value(c.forwarded()),
        value(c.read()),
        value(c.withOutcome()),
        Times.of(c.toRead()),
        Times.of(c.toOutcome()),
        outcomes);
  }

  private static Long value(OptionalLong v) {
    return v.isPresent() ? v.getAsLong() : null;
  }

  private static Double value(OptionalDouble v) {
    return v.isPresent() ? v.getAsDouble() : null;
  }
}
