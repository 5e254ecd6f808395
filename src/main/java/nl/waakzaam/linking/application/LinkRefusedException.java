package nl.waakzaam.linking.application;

import nl.waakzaam.shared.domain.DomainException;

/** A link, or its removal, that cannot be made. */
public class LinkRefusedException extends DomainException {

  /** Why. */
  public enum Why {
    SAME_SIGNAL(Kind.UNPROCESSABLE, "link-to-itself", "A signal cannot be linked to itself"),
    ALREADY_LINKED(Kind.CONFLICT, "already-linked", "The two signals are linked already"),
    NOT_LINKED(Kind.NOT_FOUND, "unknown-link", "The two signals are not linked");

    private final Kind kind;
    private final String type;
    private final String detail;

    Why(Kind kind, String type, String detail) {
      this.kind = kind;
      this.type = type;
      this.detail = detail;
    }
  }

  public LinkRefusedException(Why why) {
    super(why.kind, why.type, why.detail);
  }
}
