package nl.waakzaam.alerts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.signal.domain.Outcome;
import nl.waakzaam.signal.domain.Sector;
import nl.waakzaam.signal.domain.SignalKind;
import nl.waakzaam.signal.domain.SignalStatus;

/** How many signals of a sector there are, per region, quarter, kind, status and outcome. */
public interface SectorCounts {

  /** One group of signals that share all of these; {@code quarter} as {@code 2026-Q4}. */
  record Row(
      Region region,
      String quarter,
      SignalKind kind,
      SignalStatus status,
      Optional<Outcome> outcome,
      long signals) {}

  /**
   * The counts of {@code sector}'s signals received since {@code from} (Dutch calendar quarters),
   * in {@code regions} or in every region when empty.
   */
  List<Row> count(Sector sector, Optional<Set<Region>> regions, Instant from);
}
