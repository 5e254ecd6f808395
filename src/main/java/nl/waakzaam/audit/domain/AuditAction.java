package nl.waakzaam.audit.domain;

/** What a staff member did, as the audit trail names it. */
public enum AuditAction {
  /** Opened a signal: everything it says. */
  SIGNAL_VIEWED,
  /** Listed the work queue of a region. */
  QUEUE_VIEWED,
  /** Took a received signal into triage. */
  SIGNAL_TAKEN_INTO_TRIAGE,
  /** Asked the reporter a question. */
  QUESTION_ASKED,
  /** Told the reporter something. */
  MESSAGE_SENT,
  /** Rejected a signal (abuse, spam, not a signal). */
  SIGNAL_REJECTED,
  /** Listed the files of a signal (the names their uploaders gave them among it). */
  ATTACHMENTS_LISTED,
  /** Added a file to a signal. */
  ATTACHMENT_ADDED,
  /** Downloaded the clean copy of a file. */
  ATTACHMENT_DOWNLOADED,
  /** Downloaded a file as it was uploaded, metadata and all. */
  ATTACHMENT_ORIGINAL_DOWNLOADED
}
