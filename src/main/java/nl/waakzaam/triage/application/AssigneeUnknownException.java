package nl.waakzaam.triage.application;

import nl.waakzaam.shared.domain.DomainException;

/** A signal is to be assigned to someone who never handled signals of its region. */
public class AssigneeUnknownException extends DomainException {

  public AssigneeUnknownException() {
    super(
        Kind.UNPROCESSABLE,
        "assignee-unknown",
        "The assignee is not a staff member with triage rights in the signal's region");
  }
}
