package nl.waakzaam.audit.domain;

/** What a staff member did, as the audit trail names it. */
public enum AuditAction {
  /** Opened a signal: everything it says. */
  SIGNAL_VIEWED,
  /** Listed the work queue of a region. */
  QUEUE_VIEWED
}
