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
  /** Handed a signal to a staff member, or took it off them. */
  SIGNAL_ASSIGNED,
  /** Set a signal's category and priority. */
  SIGNAL_CLASSIFIED,
  /** Recorded whether a signal's content could identify its reporter. */
  TRACEABILITY_CHECKED,
  /** Forwarded a signal to partners. */
  SIGNAL_ROUTED,
  /** Closed a signal with an outcome for the reporter. */
  SIGNAL_CLOSED,
  /** Changed a standard text of a region. */
  STANDARD_TEXT_CHANGED,
  /** Looked at a region's service levels. */
  SERVICE_LEVELS_VIEWED,
  /** Listed the files of a signal (the names their uploaders gave them among it). */
  ATTACHMENTS_LISTED,
  /** Added a file to a signal. */
  ATTACHMENT_ADDED,
  /** Downloaded the clean copy of a file. */
  ATTACHMENT_DOWNLOADED,
  /** Downloaded a file as it was uploaded, metadata and all. */
  ATTACHMENT_ORIGINAL_DOWNLOADED,
  /**
   * Asked for a signal their regions do not hold: another region's (the record names that region)
   * or one that does not exist. Kept even though the request was refused.
   */
  SIGNAL_LOOKUP_REFUSED,
  /** Folded a duplicate into another signal (recorded for the duplicate, with the reason). */
  SIGNAL_MERGED,
  /** Had a duplicate folded into this signal (recorded for the survivor). */
  DUPLICATE_FOLDED_IN,
  /** Undid the merge of a duplicate (recorded for the duplicate). */
  MERGE_UNDONE,
  /** Linked two signals by hand, with a reason (recorded for both). */
  SIGNALS_LINKED,
  /** Removed a link between two signals (recorded for both). */
  SIGNALS_UNLINKED,
  /**
   * Asked another region for access to its signals that name an entity of one's own (recorded for
   * the asking signal, with the reason).
   */
  ACCESS_REQUESTED,
  /** Granted another region's request for access (recorded for each signal it covers). */
  ACCESS_GRANTED,
  /** Refused another region's request for access (recorded for each signal it asked for). */
  ACCESS_REFUSED,
  /** Read another region's signal under a grant (recorded for that signal, in its region). */
  SIGNAL_VIEWED_UNDER_GRANT,
  /** Changed the list of partners a region forwards to (with the reason). */
  PARTNERS_CHANGED,
  /** Looked at what each chosen partner would receive of a signal, before forwarding it. */
  FORWARDING_PREVIEWED,
  /** Forwarded a signal to one partner (one record per package, naming partner and basis). */
  SIGNAL_FORWARDED,
  /**
   * Offered a signal to another region, with the reason (recorded in both regions, as are the
   * acceptance, the return and the withdrawal).
   */
  TRANSFER_OFFERED,
  /** Accepted a signal another region offered: it is the accepting region's from now on. */
  TRANSFER_ACCEPTED,
  /** Returned a signal another region offered, with the reason. */
  TRANSFER_RETURNED,
  /** Took back the offer of a signal to another region. */
  TRANSFER_WITHDRAWN,
  /** Listed the signals other regions offered to one's own. */
  TRANSFERS_LISTED,
  /** Published a new routing rule of a region (with its version and the reason). */
  ROUTING_RULE_PUBLISHED,
  /** Changed what a routing rule says: a new version of it. */
  ROUTING_RULE_CHANGED,
  /** Moved a routing rule to another place in its region's order. */
  ROUTING_RULE_MOVED,
  /** Retired a routing rule: it suggests nothing from then on. */
  ROUTING_RULE_RETIRED,
  /** Tried a draft routing rule against the region's latest signals (a dry run). */
  ROUTING_RULE_TRIED,
  /** Changed which of a region's municipalities count as lying on the national border. */
  BORDER_MUNICIPALITIES_CHANGED,
  /** Forwarded or offered a signal as a routing rule suggested. */
  ROUTING_SUGGESTION_FOLLOWED,
  /** Chose otherwise than a routing rule suggested. */
  ROUTING_SUGGESTION_SET_ASIDE,
  /** Read the figures of what came of forwarded packages (a region's, or the national ones). */
  FORWARDING_FIGURES_READ,
  /** Let the reporter read which kinds of partner received their signal (with the reason). */
  PARTNERS_DISCLOSED,
  /** Took back that the reporter may read the kinds of partner (with the reason). */
  PARTNERS_CONCEALED,
  /** Listed the packages waiting in a partner's inbox. */
  PARTNER_INBOX_VIEWED,
  /** A partner's staff member read a package (its contents or its document). */
  PACKAGE_READ,
  /** A partner's staff member registered what their organisation did with a package. */
  PACKAGE_OUTCOME_REGISTERED,
  /** Read records of the audit trail itself. */
  AUDIT_TRAIL_READ,
  /** Had the whole audit trail verified. */
  AUDIT_TRAIL_VERIFIED,
  /** Read the signed statement of the chains' heads. */
  AUDIT_HEADS_READ
}
