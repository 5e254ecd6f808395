package nl.waakzaam.routing.domain;

import nl.waakzaam.shared.domain.DomainException;

/**
 * A change made to a version of a rule that is no longer its latest: someone else changed it in the
 * meantime, and their change is not overwritten unseen.
 */
public class RuleChangedException extends DomainException {

  public RuleChangedException() {
    super(Kind.CONFLICT, "routing-rule-changed", "The routing rule was changed in the meantime");
  }
}
