package nl.waakzaam.routing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What staff did where a rule suggested something: forwarded to the partners it suggested or to
 * others, or offered the signal to the region it suggested or to another. Kept so that a region can
 * see which of its rules staff follow.
 *
 * @param suggested what the rule suggested (partner ids, or a region's name for a transfer)
 * @param chosen what staff chose, in the same terms
 */
public record SuggestionChoice(
    UUID signal,
    UUID rule,
    int ruleVersion,
    Decision decision,
    List<String> suggested,
    List<String> chosen,
    String by,
    Instant at) {

  /** Where staff met the suggestion. */
  public enum Decision {
    FORWARDING,
    TRANSFER
  }

  public SuggestionChoice {
    Objects.requireNonNull(signal, "signal");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(decision, "decision");
    suggested = List.copyOf(suggested);
    chosen = List.copyOf(chosen);
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
  }

  /** Whether staff chose exactly what was suggested, in any order. */
  public boolean followed() {
    return Set.copyOf(suggested).equals(Set.copyOf(chosen));
  }
}
