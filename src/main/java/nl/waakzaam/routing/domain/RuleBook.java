package nl.waakzaam.routing.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A region's rules in force, in their order: the first that applies to a signal makes its
 * suggestion. Rules earlier in the order therefore take precedence, whatever later rules say.
 */
public final class RuleBook {

  private final List<RoutingRule> rules;

  public RuleBook(List<RoutingRule> rules) {
    this.rules =
        rules.stream()
            .filter(r -> !r.retired())
            .sorted(Comparator.comparingInt(RoutingRule::position))
            .toList();
  }

  public List<RoutingRule> rules() {
    return rules;
  }

  /** The first rule in force that applies to the signal. */
  public Optional<RoutingRule> suggestionFor(SignalFacts signal) {
    for (RoutingRule rule : rules) {
      if (rule.when().matches(signal)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** The first rule in force before {@code position} that applies to the signal. */
  public Optional<RoutingRule> earlierThan(int position, SignalFacts signal) {
    for (RoutingRule rule : rules) {
      if (rule.position() >= position) {
        break;
      }
      if (rule.when().matches(signal)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
