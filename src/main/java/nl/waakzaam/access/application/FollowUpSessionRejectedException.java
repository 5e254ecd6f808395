package nl.waakzaam.access.application;

import nl.waakzaam.shared.domain.DomainException;

/**
 * The follow-up token is missing, unknown, ended or expired: the reporter starts again with the
 * code.
 */
public class FollowUpSessionRejectedException extends DomainException {

  public FollowUpSessionRejectedException() {
    super(Kind.UNAUTHENTICATED, "follow-up-session-rejected", "Follow-up session rejected");
  }
}
