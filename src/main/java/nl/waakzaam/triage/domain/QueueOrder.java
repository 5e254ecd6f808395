package nl.waakzaam.triage.domain;

/** How the work queue is sorted. */
public enum QueueOrder {
  /** Newest received first. */
  NEWEST,
  /** Oldest received first. */
  OLDEST,
  /**
   * The deadline that counts now, soonest (or most overdue) first; only signals whose clock runs
   * (not yet decided) are listed.
   */
  DEADLINE
}
