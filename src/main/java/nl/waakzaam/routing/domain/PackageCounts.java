package nl.waakzaam.routing.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What came of the packages of one group (an organisation, or a kind of partner): how many were
 * forwarded, read and given an outcome, how long reading and the outcome took (median and 90th
 * percentile, in hours from forwarding), and which outcomes.
 */
public record PackageCounts(
    String group,
    long forwarded,
    long read,
    long withOutcome,
    Durations toRead,
    Durations toOutcome,
    Map<PartnerOutcome, Long> outcomes) {

  /** The median and 90th percentile of a duration, in hours; empty when nothing was measured. */
  public record Durations(OptionalDouble medianHours, OptionalDouble p90Hours) {
    public static final Durations NONE =
        new Durations(OptionalDouble.empty(), OptionalDouble.empty());
  }

  public PackageCounts {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(toRead, "toRead");
    Objects.requireNonNull(toOutcome, "toOutcome");
    Map<PartnerOutcome, Long> all = new EnumMap<>(PartnerOutcome.class);
    for (PartnerOutcome outcome : PartnerOutcome.values()) {
      all.put(outcome, outcomes.getOrDefault(outcome, 0L));
    }
    outcomes = java.util.Collections.unmodifiableMap(all);
  }
}
