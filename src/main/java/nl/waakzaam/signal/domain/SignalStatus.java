package nl.waakzaam.signal.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a signal is in its life. The table of allowed transitions is here and nowhere else:
 *
 * <pre>
 * RECEIVED          → IN_TRIAGE, REJECTED, MERGED
 * IN_TRIAGE         → AWAITING_REPORTER, ROUTED, CLOSED, REJECTED, MERGED
 * AWAITING_REPORTER → IN_TRIAGE, CLOSED, MERGED
 * ROUTED            → CLOSED, MERGED
 * CLOSED            → MERGED
 * REJECTED          → MERGED
 * MERGED            → (none; undoing a merge within 24 hours returns it where it came from)
 * </pre>
 *
 * Closing straight from triage (advice given, no action) and from waiting on a reporter who never
 * answers (insufficient information) is allowed; a signal can be folded into another from any
 * status.
 */
public enum SignalStatus {
  RECEIVED,
  IN_TRIAGE,
  AWAITING_REPORTER,
  ROUTED,
  CLOSED,
  REJECTED,
  MERGED;

  /**
   * The table, outside the enum's own fields so that tools listing the constants see only these.
   */
  private static final class Table {
    static final Map<SignalStatus, Set<SignalStatus>> ALLOWED_NEXT =
        new EnumMap<>(SignalStatus.class);

    static {
      allow(RECEIVED, IN_TRIAGE, REJECTED, MERGED);
      allow(IN_TRIAGE, AWAITING_REPORTER, ROUTED, CLOSED, REJECTED, MERGED);
      allow(AWAITING_REPORTER, IN_TRIAGE, CLOSED, MERGED);
      allow(ROUTED, CLOSED, MERGED);
      allow(CLOSED, MERGED);
      allow(REJECTED, MERGED);
      ALLOWED_NEXT.put(MERGED, Collections.unmodifiableSet(EnumSet.noneOf(SignalStatus.class)));
    }

    private static void allow(SignalStatus from, SignalStatus first, SignalStatus... rest) {
      ALLOWED_NEXT.put(from, Collections.unmodifiableSet(EnumSet.of(first, rest)));
    }
  }

  public Set<SignalStatus> allowedNext() {
    return Table.ALLOWED_NEXT.get(this);
  }

  /**
   * Whether staff still handle a signal in this status: as long as the table lets it be closed or
   * rejected, it has not been decided.
   */
  public boolean isOpen() {
    return canMoveTo(CLOSED) || canMoveTo(REJECTED);
  }

  public boolean canMoveTo(SignalStatus next) {
    return allowedNext().contains(next);
  }

  /**
   * @throws IllegalTransitionException when the table does not allow the move to {@code next}
   */
  void requireMoveTo(SignalStatus next) {
    if (!canMoveTo(next)) {
      throw new IllegalTransitionException(this, next);
    }
  }

  /**
   * Judgements are for signals still being handled.
   *
   * @throws IllegalTransitionException when the signal is no longer open
   */
  void requireOpen() {
    if (!isOpen()) {
      throw new IllegalTransitionException(this, this);
    }
  }
}
