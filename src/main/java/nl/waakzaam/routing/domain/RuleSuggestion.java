package nl.waakzaam.routing.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.signal.domain.Priority;

/**
 * What a routing rule suggests for a signal it applies to: partners of the region's list to forward
 * to (in the order given), a standard text for staff, a priority, or that another region should
 * have it. At least one of these.
 *
 * @param partners ids of partner organisations ({@code politie-limburg})
 */
public record RuleSuggestion(
    List<String> partners,
    Optional<String> text,
    Optional<Priority> priority,
    Optional<Region> transferTo) {

  public RuleSuggestion {
    partners = List.copyOf(partners);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(transferTo, "transferTo");
    text = text.map(String::strip).filter(t -> !t.isEmpty());
    if (partners.isEmpty() && text.isEmpty() && priority.isEmpty() && transferTo.isEmpty()) {
      throw new RuleRejectedException("suggestion");
    }
    if (partners.stream().distinct().count() != partners.size()) {
      throw new RuleRejectedException("partners");
    }
  }
}
