package nl.waakzaam.routing.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.waakzaam.regions.domain.Region;

/** Where the versions of the regions' routing rules are kept, and what staff did with them. */
public interface RoutingRules {

  /** The latest version of each of the region's rules, retired ones left out, in their order. */
  RuleBook inForce(Region region);

  /** Every version of the rule, oldest first; empty for an unknown rule. */
  List<RoutingRule> versions(UUID rule);

  Optional<RoutingRule> latest(UUID rule);

  /** Stores a new version; versions are never updated. */
  void add(RoutingRule version);

  /**
   * Waits until no other transaction changes the region's rules, on any instance, and keeps others
   * waiting until this transaction ends: positions are renumbered across rules.
   */
  void lockRegion(Region region);

  /** The CBS codes of the municipalities the region counts as lying on the national border. */
  Set<String> borderMunicipalities(Region region);

  void keepBorderMunicipalities(Region region, Set<String> codes);

  /** Records what staff did where a rule made a suggestion. */
  void recordChoice(SuggestionChoice choice);
}
