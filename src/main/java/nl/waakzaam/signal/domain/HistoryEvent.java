package nl.waakzaam.signal.domain;

/**
 * What one entry of a signal's history records: a change of status, or a judgement by staff that
 * leaves the status as it is. Only status changes ever reach the reporter.
 */
public enum HistoryEvent {
  STATUS_CHANGED,
  ASSIGNED,
  CLASSIFIED,
  TRACEABILITY_CHECKED,
  /** A duplicate was folded into this signal (the detail names it). */
  MERGED_IN,
  /** The merge of a duplicate into this signal was undone (the detail names it). */
  UNMERGED,
  /** Offered to another region (the detail names it and why). */
  TRANSFER_OFFERED,
  /** The region it was offered to accepted it, and has it now (the detail names the one before). */
  TRANSFER_ACCEPTED,
  /** The region it was offered to returned it (the detail names it and why). */
  TRANSFER_RETURNED,
  /** The offer was taken back: by its region, or because the signal was decided meanwhile. */
  TRANSFER_WITHDRAWN,
  /** Staff decided the reporter may read which kinds of partner received it (the detail: why). */
  PARTNERS_DISCLOSED,
  /** Staff took that back (the detail: why). */
  PARTNERS_CONCEALED,
  /** A signal already routed was forwarded to more partners (the detail names their kinds). */
  FORWARDED_FURTHER
}
