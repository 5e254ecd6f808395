package nl.waakzaam.triage.domain;

import java.time.Instant;
import java.util.OptionalDouble;
import nl.waakzaam.routing.domain.Region;

/** How fast a region's reporters heard from the platform, and how fast staff decided. */
public interface ServiceLevelFigures {

  /**
   * The figures over the signals of {@code region} received in {@code [from, to)}, with deadlines
   * judged at {@code now}.
   */
  Figures of(Region region, Instant from, Instant to, Instant now);

  /** The figures of one period. */
  record Figures(long signals, Measure firstFeedback, Measure decision) {}

  /**
   * One promise: how many signals met it so far, the median and 90th percentile of the elapsed
   * hours (of those that met it), how many passed their deadline (late, or still waiting), and of
   * those how many still wait.
   */
  record Measure(
      long done,
      OptionalDouble medianHours,
      OptionalDouble p90Hours,
      long overdue,
      long overdueStillOpen) {}
}
