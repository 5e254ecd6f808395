package nl.waakzaam.alerts.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.signal.domain.Outcome;
import nl.waakzaam.signal.domain.SignalKind;
import nl.waakzaam.signal.domain.SignalStatus;

/**
 * The figures of one region and quarter as they may be published: the total and three breakdowns
 * (kind, status, and the outcome of the closed ones), each suppressed by {@link Suppression}. Where
 * the total is suppressed, so is every cell, zeros too: a breakdown of 1 to 4 signals would point
 * at the businesses behind them. The outcomes add up to the closed signals, and are suppressed with
 * them.
 */
public record QuarterFigures(
    Region region,
    String quarter,
    OptionalLong total,
    Map<String, OptionalLong> byKind,
    Map<String, OptionalLong> byStatus,
    Map<String, OptionalLong> byOutcome) {

  /** The figures of every region and quarter in {@code rows}, by region and then quarter. */
  public static List<QuarterFigures> of(List<SectorCounts.Row> rows, Suppression rule) {
    Map<String, List<SectorCounts.Row>> groups =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.region().name() + "|" + r.quarter(),
                    LinkedHashMap::new,
                    Collectors.toList()));
    List<QuarterFigures> figures = new ArrayList<>();
    for (List<SectorCounts.Row> group : groups.values()) {
      figures.add(ofOne(group, rule));
    }
    figures.sort(
        Comparator.comparing((QuarterFigures f) -> f.region().name())
            .thenComparing(QuarterFigures::quarter));
    return figures;
  }

  private static QuarterFigures ofOne(List<SectorCounts.Row> group, Suppression rule) {
    long total = group.stream().mapToLong(SectorCounts.Row::signals).sum();
    boolean totalShown = rule.shows(total);
    Map<String, Long> kinds = counts(group, SignalKind.values(), r -> r.kind().name());
    Map<String, Long> statuses = counts(group, SignalStatus.values(), r -> r.status().name());
    Map<String, Long> outcomes =
        counts(
            group.stream().filter(r -> r.outcome().isPresent()).toList(),
            Outcome.values(),
            r -> r.outcome().orElseThrow().name());
    Map<String, OptionalLong> byStatus = totalShown ? rule.apply(statuses, true) : hidden(statuses);
    boolean closedShown = byStatus.get(SignalStatus.CLOSED.name()).isPresent();
    return new QuarterFigures(
        group.get(0).region(),
        group.get(0).quarter(),
        totalShown ? OptionalLong.of(total) : OptionalLong.empty(),
        totalShown ? rule.apply(kinds, true) : hidden(kinds),
        byStatus,
        closedShown ? rule.apply(outcomes, true) : hidden(outcomes));
  }

  private static <E extends Enum<E>> Map<String, Long> counts(
      List<SectorCounts.Row> rows, E[] keys, Function<SectorCounts.Row, String> key) {
    Map<String, Long> counts = new LinkedHashMap<>();
    Arrays.stream(keys).forEach(k -> counts.put(k.name(), 0L));
    rows.forEach(r -> counts.merge(key.apply(r), r.signals(), Long::sum));
    return counts;
  }

  private static Map<String, OptionalLong> hidden(Map<String, Long> cells) {
    Map<String, OptionalLong> hidden = new LinkedHashMap<>();
    cells.keySet().forEach(k -> hidden.put(k, OptionalLong.empty()));
    return hidden;
  }
}
