package nl.waakzaam.shared.interfaces.rest;

import java.util.List;

/** A well-formed request whose fields break the contract; answered 422 with every violation. */
public class InvalidRequestException extends RuntimeException {

  private final List<Violation> violations;

  public InvalidRequestException(List<Violation> violations) {
    super(violations.size() + " field violation(s)", null, false, false);
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("An invalid request names at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  public InvalidRequestException(Violation violation) {
    this(List.of(violation));
  }

  public List<Violation> violations() {
    return violations;
  }
}
