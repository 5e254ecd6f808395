package nl.waakzaam.routing.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.waakzaam.regions.domain.Region;

/**
 * One version of a region's routing rule: where it stands in the region's order, when it applies
 * and what it suggests, and who made this version, when and why. A rule is never changed in place:
 * every change (its content, its place, its retirement) is a new version, so that a suggestion can
 * always be traced to the rule as it read when it was made.
 *
 * @param position the rule's place in the region's order, from 1; the first rule that applies makes
 *     the suggestion
 */
public record RoutingRule(
    UUID id,
    int version,
    Region region,
    int position,
    String name,
    RuleConditions when,
    RuleSuggestion suggests,
    boolean retired,
    Made made) {

  /** Who made a version, when and why. */
  public record Made(String author, String reason, Instant at) {
    public Made {
      Objects.requireNonNull(author, "author");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(at, "at");
    }
  }

  public RoutingRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(suggests, "suggests");
    Objects.requireNonNull(made, "made");
    name = name == null ? "" : name.strip();
    if (name.isEmpty() || name.length() > 100) {
      throw new RuleRejectedException("name");
    }
    if (version < 1 || position < 1) {
      throw new IllegalArgumentException("version and position count from 1");
    }
    if (suggests.transferTo().map(region::equals).orElse(false)) {
      throw new RuleRejectedException("transferTo");
    }
  }

  /** The first version of a new rule. */
  public static RoutingRule first(
      UUID id,
      Region region,
      int position,
      String name,
      RuleConditions when,
      RuleSuggestion suggests,
      Made made) {
    return new RoutingRule(id, 1, region, position, name, when, suggests, false, made);
  }

  /** The next version, with new content in the same place. */
  public RoutingRule changedTo(
      String name, RuleConditions when, RuleSuggestion suggests, Made made) {
    return new RoutingRule(id, version + 1, region, position, name, when, suggests, false, made);
  }

  /** The next version, the same rule in another place. */
  public RoutingRule movedTo(int position, Made made) {
    return new RoutingRule(id, version + 1, region, position, name, when, suggests, retired, made);
  }

  /** The last version: the rule no longer suggests anything. */
  public RoutingRule retiredBy(Made made) {
    return new RoutingRule(id, version + 1, region, position, name, when, suggests, true, made);
  }
}
