package nl.waakzaam.routing.domain;

import nl.waakzaam.shared.domain.DomainException;

/**
 * No package of this id is addressed to the caller's organisation (the same answer if it exists).
 */
public class UnknownPackageException extends DomainException {

  public UnknownPackageException() {
    super(Kind.NOT_FOUND, "unknown-package", "No such package for the caller's organisation");
  }
}
