package nl.waakzaam.associations.application;

import nl.waakzaam.shared.domain.DomainException;

/** The caller is not an association's client: the association API is not theirs. */
public class NotAnAssociationException extends DomainException {

  public NotAnAssociationException() {
    super(Kind.FORBIDDEN, "forbidden", "Not an association's token");
  }
}
