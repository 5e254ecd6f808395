package nl.waakzaam.linking.application;

import nl.waakzaam.shared.domain.DomainException;

/** A request for access that is not made. */
public class AccessRequestRefusedException extends DomainException {

  /** Why. */
  public enum Why {
    OWN_REGION("access-to-own-region", "The caller reads this region's signals already"),
    NOTHING_TO_ASK(
        "nothing-to-ask", "No signal of that region names such an entity of this signal");

    private final String type;
    private final String detail;

    Why(String type, String detail) {
      this.type = type;
      this.detail = detail;
    }
  }

  public AccessRequestRefusedException(Why why) {
    super(Kind.UNPROCESSABLE, why.type, why.detail);
  }
}
