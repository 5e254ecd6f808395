package nl.waakzaam.alerts.interfaces.rest;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import nl.waakzaam.alerts.application.SectorStatistics;
import nl.waakzaam.alerts.domain.QuarterFigures;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sector's figures per region and quarter; a suppressed count says so instead of a number. */
@Schema(name = "SectorFigures")
public record SectorFiguresResponse(
    String sector,
    @Schema(description = "Counts from 1 to this minus one are never shown.") int threshold,
    List<Quarter> quarters) {

  /** One region and quarter. */
  @Schema(name = "SectorQuarter")
  public record Quarter(
      String region,
      @Schema(example = "2026-Q4") String quarter,
      Cell total,
      List<Cell> byKind,
      List<Cell> byStatus,
      @Schema(
              description = "Of the closed signals.",
              type = SchemaType.ARRAY,
              implementation = Cell.class)
          List<Cell> byOutcome) {}

  /** A count, or {@code suppressed: true} in its place. */
  @Schema(name = "SectorCell")
  public record Cell(String key, Long count, Boolean suppressed) {

    static Cell of(String key, OptionalLong count) {
      return count.isPresent()
          ? new Cell(key, count.getAsLong(), null)
          : new Cell(key, null, Boolean.TRUE);
    }
  }

  static SectorFiguresResponse of(SectorStatistics.Figures figures) {
    return new SectorFiguresResponse(
        figures.sector().name(),
        figures.threshold(),
        figures.quarters().stream().map(SectorFiguresResponse::quarter).toList());
  }

  private static Quarter quarter(QuarterFigures f) {
    return new Quarter(
        f.region().name(),
        f.quarter(),
        Cell.of("TOTAL", f.total()),
        cells(f.byKind()),
        cells(f.byStatus()),
        cells(f.byOutcome()));
  }

  private static List<Cell> cells(Map<String, OptionalLong> cells) {
    return cells.entrySet().stream().map(e -> Cell.of(e.getKey(), e.getValue())).toList();
  }
}
