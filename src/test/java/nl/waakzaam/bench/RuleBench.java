package nl.waakzaam.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.routing.domain.PostcodeRange;
import nl.waakzaam.routing.domain.PresentEntity;
import nl.waakzaam.routing.domain.RoutingRule;
import nl.waakzaam.routing.domain.RuleBook;
import nl.waakzaam.routing.domain.RuleConditions;
import nl.waakzaam.routing.domain.RuleSuggestion;
import nl.waakzaam.routing.domain.SignalFacts;
import nl.waakzaam.signal.domain.Category;
import nl.waakzaam.signal.domain.Priority;
import nl.waakzaam.signal.domain.Sector;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalKind;
import nl.waakzaam.signal.domain.SignalTestData;

/**
 * What the routing suggestion costs per signal with 200 rules in force, in one JVM: reading the
 * signal's facts (kind, sector, category, priority, place, and the sorts of things it names, as
 * linking reads them from its fields and text) and going down the rules to the first that applies.
 * The rules are random over every condition, none of them applies to the signals measured but the
 * last, a catch-all: every signal is held against all 200, the worst case.
 *
 * <pre>java -cp … nl.waakzaam.bench.RuleBench [warm-up rounds] [measured rounds]</pre>
 */
public final class RuleBench {

  private static final int RULES = 200;

  private RuleBench() {}

  public static void main(String[] args) {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    Random random = new Random(15);
    Instant at = Instant.parse("2026-12-01T10:00:00Z");
    List<Signal> signals = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      signals.add(SignalTestData.received(at.plusSeconds(i), i));
    }
    RuleBook book = new RuleBook(rules(random));
    Set<String> border = Set.of("GM0935", "GM0917", "GM0888");

    long[] nanos = new long[rounds];
    int suggested = 0;
    for (int i = 0; i < warmUp + rounds; i++) {
      Signal signal = signals.get(i % signals.size());
      long start = System.nanoTime();
      Optional<RoutingRule> rule = book.suggestionFor(SignalFacts.of(signal, border));
      long took = System.nanoTime() - start;
      if (rule.isPresent() && rule.get().position() == RULES) {
        suggested++;
      }
      if (i >= warmUp) {
        nanos[i - warmUp] = took;
      }
    }
    Arrays.sort(nanos);
    System.out.printf(
        "routing suggestion (facts of the signal and %d rules, the last the one that applies), %d"
            + " rounds after %d warm-up: p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms;"
            + " %d of %d by the last rule%n",
        RULES,
        rounds,
        warmUp,
        nanos[rounds / 2] / 1e6,
        nanos[(int) (rounds * 0.95)] / 1e6,
        nanos[(int) (rounds * 0.99)] / 1e6,
        nanos[rounds - 1] / 1e6,
        suggested,
        warmUp + rounds);
  }

  /**
   * 199 rules of random conditions that the test signals (general, car trade, Utrecht 3511, not
   * classified) never meet, each failing on a different field, and a catch-all last.
   */
  private static List<RoutingRule> rules(Random random) {
    RoutingRule.Made made = new RoutingRule.Made("bench", "bench", Instant.EPOCH);
    RuleSuggestion suggestion =
        new RuleSuggestion(
            List.of("politie-midden-nederland"),
            Optional.of("Bespreken."),
            Optional.empty(),
            Optional.empty());
    List<RoutingRule> rules = new ArrayList<>();
    for (int i = 1; i < RULES; i++) {
      Set<SignalKind> kinds = Set.of();
      Set<Sector> sectors = Set.of();
      Set<Category> categories = Set.of();
      Set<Priority> priorities = Set.of();
      Set<String> municipalities = Set.of();
      List<PostcodeRange> postcodes = List.of();
      boolean border = false;
      Set<PresentEntity> present = Set.of();
      // The fields that pass come first, so that each rule is read until its last condition.
      sectors = random.nextBoolean() ? Set.of(Sector.CAR_TRADE, Sector.RETAIL) : Set.of();
      switch (i % 6) {
        case 0 -> kinds = Set.of(SignalKind.BARN_OFFER, SignalKind.VESSEL);
        case 1 -> categories = Set.of(Category.values()[random.nextInt(Category.values().length)]);
        case 2 -> priorities = EnumSet.of(Priority.HIGH, Priority.URGENT);
        case 3 ->
            municipalities =
                Set.of(String.format("GM%04d", 900 + random.nextInt(99)), "GM0935", "GM1883");
        case 4 -> {
          int from = 4000 + random.nextInt(5000);
          postcodes =
              List.of(
                  new PostcodeRange(1000, 1100),
                  new PostcodeRange(from, Math.min(9999, from + random.nextInt(200))));
        }
        default -> present = Set.of(PresentEntity.FOREIGN_PLATE, PresentEntity.MMSI);
      }
      rules.add(
          RoutingRule.first(
              UUID.randomUUID(),
              Region.MIDDEN_NEDERLAND,
              i,
              "Regel " + i,
              new RuleConditions(
                  kinds,
                  sectors,
                  categories,
                  priorities,
                  municipalities,
                  postcodes,
                  border,
                  present),
              suggestion,
              made));
    }
    rules.add(
        RoutingRule.first(
            UUID.randomUUID(),
            Region.MIDDEN_NEDERLAND,
            RULES,
            "Al het andere",
            new RuleConditions(
                Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), List.of(), false, Set.of()),
            suggestion,
            made));
    return rules;
  }
}
