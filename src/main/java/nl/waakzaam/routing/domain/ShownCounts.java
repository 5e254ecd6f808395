package nl.waakzaam.routing.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import nl.waakzaam.alerts.domain.Suppression;

/**
 * Package counts as they may be shown: everything to the region that forwarded the packages, and to
 * a national reader only what the k-anonymity rule of the sector figures lets through. A count is
 * empty where it is suppressed; so is a median or percentile over fewer than the threshold.
 */
public record ShownCounts(
    String group,
    OptionalLong forwarded,
    OptionalLong read,
    OptionalLong withOutcome,
    PackageCounts.Durations toRead,
    PackageCounts.Durations toOutcome,
    Map<PartnerOutcome, OptionalLong> outcomes) {

  /** Every figure, for the region whose packages these are. */
  public static ShownCounts all(PackageCounts c) {
    Map<PartnerOutcome, OptionalLong> outcomes = new EnumMap<>(PartnerOutcome.class);
    c.outcomes().forEach((k, v) -> outcomes.put(k, OptionalLong.of(v)));
    return new ShownCounts(
        c.group(),
        OptionalLong.of(c.forwarded()),
        OptionalLong.of(c.read()),
        OptionalLong.of(c.withOutcome()),
        c.toRead(),
        c.toOutcome(),
        Collections.unmodifiableMap(outcomes));
  }

  /**
   * The figures a national reader may see: nothing of a group with fewer packages than the
   * threshold; read and with an outcome only where neither they nor what is left of the packages
   * forwarded are small; times only over at least the threshold; the outcomes suppressed as a
   * breakdown of the packages with an outcome.
   */
  public static ShownCounts kAnonymous(PackageCounts c, Suppression rule) {
    Map<PartnerOutcome, OptionalLong> none = new EnumMap<>(PartnerOutcome.class);
    for (PartnerOutcome outcome : PartnerOutcome.values()) {
      none.put(outcome, OptionalLong.empty());
    }
    if (!rule.shows(c.forwarded())) {
      return new ShownCounts(
          c.group(),
          OptionalLong.empty(),
          OptionalLong.empty(),
          OptionalLong.empty(),
          PackageCounts.Durations.NONE,
          PackageCounts.Durations.NONE,
          Collections.unmodifiableMap(none));
    }
    boolean readShown = rule.shows(c.read()) && rule.shows(c.forwarded() - c.read());
    boolean outcomeShown =
        rule.shows(c.withOutcome()) && rule.shows(c.forwarded() - c.withOutcome());
    Map<String, Long> cells = new LinkedHashMap<>();
    c.outcomes().forEach((k, v) -> cells.put(k.name(), v));
    Map<PartnerOutcome, OptionalLong> outcomes = new EnumMap<>(PartnerOutcome.class);
    rule.apply(cells, outcomeShown)
        .forEach(
            (k, v) ->
                outcomes.put(PartnerOutcome.valueOf(k), outcomeShown ? v : OptionalLong.empty()));
    return new ShownCounts(
        c.group(),
        OptionalLong.of(c.forwarded()),
        readShown ? OptionalLong.of(c.read()) : OptionalLong.empty(),
        outcomeShown ? OptionalLong.of(c.withOutcome()) : OptionalLong.empty(),
        c.read() >= rule.threshold() ? c.toRead() : PackageCounts.Durations.NONE,
        c.withOutcome() >= rule.threshold() ? c.toOutcome() : PackageCounts.Durations.NONE,
        Collections.unmodifiableMap(outcomes));
  }
}
