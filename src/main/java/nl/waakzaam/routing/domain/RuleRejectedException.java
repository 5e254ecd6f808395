package nl.waakzaam.routing.domain;

import nl.waakzaam.shared.domain.DomainException;

/**
 * A routing rule that cannot be kept as written; {@link #field()} names what is wrong, so that the
 * form can say it next to the field.
 */
public class RuleRejectedException extends DomainException {

  private final String field;

  public RuleRejectedException(String field) {
    super(Kind.UNPROCESSABLE, "routing-rule-rejected", "The routing rule is not valid: " + field);
    this.field = field;
  }

  /** The part of the rule that is wrong: {@code suggestion}, {@code postcode-range}, … */
  public String field() {
    return field;
  }
}
