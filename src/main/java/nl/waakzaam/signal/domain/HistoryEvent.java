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
  UNMERGED
}
