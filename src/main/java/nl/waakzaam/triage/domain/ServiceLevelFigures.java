package nl.waakzaam.triage.domain;

import java.time.Instant;
import java.util.OptionalDouble;
import nl.waakzaam.regions.domain.Region;

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
   * One promise over the period. Every signal is met (answered by its deadline), missed (answered
   * late, or still waiting past it) or running (waiting, its deadline ahead): {@code met + missed +
   * running} is the number of signals. {@code done} counts those answered at all, early or late;
   * the median and 90th percentile are of their hours.
   */
  record Measure(
      long done,
      OptionalDouble medianHours,
      OptionalDouble p90Hours,
      long met,
      long missed,
      long missedStillOpen,
      long running) {}
}
