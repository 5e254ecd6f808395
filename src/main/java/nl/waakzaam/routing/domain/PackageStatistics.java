package nl.waakzaam.routing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.signal.domain.SignalKind;

/** Counts over the packages forwarded, for the learning approach: what came of them, how fast. */
public interface PackageStatistics {

  /** What the counts are per: one organisation, or every organisation of a kind. */
  enum Grouping {
    ORGANISATION,
    PARTNER_KIND
  }

  /**
   * The packages forwarded from {@code from} (included) to {@code to} (excluded), of one region or
   * all, of one kind of signal or all.
   */
  record Query(
      Optional<Region> region,
      Instant from,
      Instant to,
      Optional<SignalKind> kind,
      Grouping grouping) {
    public Query {
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(grouping, "grouping");
    }
  }

  /** One row per group that received a package in the period, by group key. */
  List<PackageCounts> count(Query query);
}
