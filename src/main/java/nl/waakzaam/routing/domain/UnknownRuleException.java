package nl.waakzaam.routing.domain;

import nl.waakzaam.shared.domain.DomainException;

/** No routing rule by that id in the regions the caller works for. */
public class UnknownRuleException extends DomainException {

  public UnknownRuleException() {
    super(Kind.NOT_FOUND, "unknown-routing-rule", "No routing rule by that id");
  }
}
