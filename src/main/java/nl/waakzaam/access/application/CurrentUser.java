package nl.waakzaam.access.application;

import nl.waakzaam.access.domain.StaffMember;

/** The staff member of the current request, as the validated bearer token describes them. */
public interface CurrentUser {

  /**
   * @throws NotAuthenticatedException when the request carries no valid staff token
   */
  StaffMember staff();
}
