package nl.waakzaam.triage.domain;

import static nl.waakzaam.signal.domain.SignalStatus.AWAITING_REPORTER;
import static nl.waakzaam.signal.domain.SignalStatus.CLOSED;
import static nl.waakzaam.signal.domain.SignalStatus.IN_TRIAGE;
import static nl.waakzaam.signal.domain.SignalStatus.MERGED;
import static nl.waakzaam.signal.domain.SignalStatus.RECEIVED;
import static nl.waakzaam.signal.domain.SignalStatus.REJECTED;
import static nl.waakzaam.signal.domain.SignalStatus.ROUTED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalStatus;

/**
 * What staff can do with a signal, the permission each needs, and the move it makes in the status
 * table. An action that moves the signal is allowed where {@link SignalStatus}'s one table allows
 * that move; a judgement that leaves the status as it is (assigning, classifying, the traceability
 * check) is allowed while the signal is open, and a message to the reporter always. So the console
 * offers what the server will accept, and nothing is stated twice.
 */
public enum StaffAction {
  /** From received into triage. */
  TAKE_INTO_TRIAGE(Permission.SIGNAL_TRIAGE, Optional.of(IN_TRIAGE)),
  ASSIGN(Permission.SIGNAL_TRIAGE, Optional.empty()),
  CLASSIFY(Permission.SIGNAL_TRIAGE, Optional.empty()),
  CHECK_TRACEABILITY(Permission.SIGNAL_TRIAGE, Optional.empty()),
  /** A question to the reporter; a received signal is taken into triage first. */
  ASK(Permission.SIGNAL_TRIAGE, Optional.of(AWAITING_REPORTER)),
  /**
   * A message to the reporter, who keeps their receipt code whatever became of the signal: allowed
   * in every status.
   */
  INFORM(Permission.SIGNAL_TRIAGE, Optional.empty()),
  /** Forward to partners: from triage, or further from a signal forwarded before. */
  ROUTE(Permission.SIGNAL_ROUTE, Optional.of(ROUTED)),
  CLOSE(Permission.SIGNAL_TRIAGE, Optional.of(CLOSED)),
  REJECT(Permission.SIGNAL_TRIAGE, Optional.of(REJECTED)),
  /** Fold this signal, a duplicate, into another. */
  MERGE(Permission.SIGNAL_TRIAGE, Optional.of(MERGED)),
  /**
   * Undo the merge of this duplicate: offered for a merged signal; the server refuses it once the
   * day in which a merge may be undone has passed.
   */
  UNDO_MERGE(Permission.SIGNAL_TRIAGE, Optional.empty()),
  /** Offer the signal to another region, while it is being handled and not offered already. */
  TRANSFER(Permission.SIGNAL_ROUTE, Optional.empty()),
  /** Take back the offer to another region. */
  WITHDRAW_TRANSFER(Permission.SIGNAL_ROUTE, Optional.empty()),
  /** Take over a signal another region offered to one's own. */
  ACCEPT_TRANSFER(Permission.SIGNAL_ROUTE, Optional.empty()),
  /** Give a signal offered to one's own region back to the region it came from. */
  RETURN_TRANSFER(Permission.SIGNAL_ROUTE, Optional.empty());

  private static final Set<StaffAction> ABOUT_AN_OFFER =
      EnumSet.of(WITHDRAW_TRANSFER, ACCEPT_TRANSFER, RETURN_TRANSFER);

  private final Permission permission;
  private final Optional<SignalStatus> moveTo;

  StaffAction(Permission permission, Optional<SignalStatus> moveTo) {
    this.permission = permission;
    this.moveTo = moveTo;
  }

  public Permission permission() {
    return permission;
  }

  /** Whether a signal in {@code status} allows this action, whoever asks. */
  public boolean allowedIn(SignalStatus status) {
    if (this == INFORM) {
      return true;
    }
    if (this == UNDO_MERGE) {
      return status == MERGED;
    }
    if (ABOUT_AN_OFFER.contains(this)) {
      return false; // a matter of the offer, not of the status: see allowed(Signal, StaffMember)
    }
    if (moveTo.isEmpty()) {
      return status.isOpen();
    }
    SignalStatus next = moveTo.get();
    return switch (this) {
      // Taking into triage is the first move out of RECEIVED; from waiting on the reporter the
      // same move is the reporter's answer, not an action of staff.
      case TAKE_INTO_TRIAGE -> status == RECEIVED && status.canMoveTo(next);
      case ASK ->
          status.canMoveTo(next)
              || (status == RECEIVED && status.canMoveTo(IN_TRIAGE) && IN_TRIAGE.canMoveTo(next));
      case ROUTE -> status == ROUTED || status.canMoveTo(next);
      default -> status.canMoveTo(next);
    };
  }

  /**
   * The actions {@code staff} may take on {@code signal}: by its status for its own region, and
   * while it is offered to another, what each side may do about the offer. A coordinator of the
   * region it is offered to may only accept or return it.
   */
  public static Set<StaffAction> allowed(Signal signal, StaffMember staff) {
    Set<StaffAction> allowed = EnumSet.noneOf(StaffAction.class);
    boolean own = staff.scope().includes(signal.region());
    if (own) {
      allowed.addAll(allowed(signal.status(), staff));
    }
    signal
        .transfer()
        .ifPresent(
            offer -> {
              allowed.remove(TRANSFER);
              if (own) {
                allowed.add(WITHDRAW_TRANSFER);
              }
              if (staff.scope().includes(offer.to())) {
                allowed.add(ACCEPT_TRANSFER);
                allowed.add(RETURN_TRANSFER);
              }
            });
    allowed.removeIf(a -> !staff.may(a.permission));
    return allowed;
  }

  /** The actions {@code staff} may take on a signal in {@code status}, in this enum's order. */
  public static Set<StaffAction> allowed(SignalStatus status, StaffMember staff) {
    return Arrays.stream(values())
        .filter(a -> a.allowedIn(status) && staff.may(a.permission))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffAction.class)));
  }
}
