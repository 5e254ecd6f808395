package nl.waakzaam.associations.application;

import nl.waakzaam.associations.domain.Association;

/** The association of the current request, as its client's validated token names it. */
public interface CurrentAssociation {

  /**
   * @throws NotAnAssociationException when the token is not an association client's (a staff
   *     member's, say), even one whose roles would allow the call
   */
  Association association();

  /** Whether the current request is an association client's. */
  boolean present();
}
