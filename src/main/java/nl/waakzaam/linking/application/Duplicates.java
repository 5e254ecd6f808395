package nl.waakzaam.linking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.audit.application.AuditTrail;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.signal.application.SignalChanges;
import nl.waakzaam.signal.application.StaffLookup;
import nl.waakzaam.signal.domain.Actor;
import nl.waakzaam.signal.domain.MergeRefusedException;
import nl.waakzaam.signal.domain.ReasonRejectedException;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.SignalRepository;
import nl.waakzaam.signal.domain.UnknownSignalException;

/**
 * Folds a duplicate into the signal it repeats, and undoes that within a day. Both signals must be
 * of the caller's regions; both are locked, in the order of their references, so that two staff
 * members merging the same pair in opposite directions wait for each other instead of deadlocking.
 * Each step is audited for both signals in the transaction that makes it.
 */
@ApplicationScoped
public class Duplicates {

  private CurrentUser user;
  private StaffLookup lookup;
  private SignalRepository signals;
  private SignalChanges changes;
  private AuditTrail audit;
  private Clock clock;

  protected Duplicates() {}

  @Inject
  Duplicates(
      CurrentUser user,
      StaffLookup lookup,
      SignalRepository signals,
      SignalChanges changes,
      AuditTrail audit,
      Clock clock) {
    this.user = user;
    this.lookup = lookup;
    this.signals = signals;
    this.changes = changes;
    this.audit = audit;
    this.clock = clock;
  }

  /** A merge as it stands after the step: the duplicate, its survivor, and until when undoable. */
  public record Merge(SignalReference duplicate, SignalReference survivor, Instant undoableUntil) {}

  /**
   * Folds {@code duplicate} into {@code survivor}, for {@code reason}.
   *
   * @throws UnknownSignalException when either is not a signal of the caller's regions
   * @throws MergeRefusedException when the two are one, the survivor is merged itself, or others
   *     were folded into the duplicate
   * @throws ReasonRejectedException without a reason
   */
  @Transactional
  public Merge merge(SignalReference duplicate, SignalReference survivor, String reason) {
    String why = ReasonRejectedException.required(reason);
    if (duplicate.equals(survivor)) {
      throw new MergeRefusedException(MergeRefusedException.Why.SAME_SIGNAL);
    }
    StaffMember staff = user.staff();
    Pair pair = lock(staff, duplicate, survivor);
    Signal folded = pair.duplicate();
    Signal kept = pair.survivor();
    if (!signals.mergedInto(folded).isEmpty()) {
      throw new MergeRefusedException(MergeRefusedException.Why.HAS_DUPLICATES);
    }
    Instant now = clock.instant();
    folded.mergeInto(kept, why, Actor.staff(staff.subject()), now);
    changes.publish(folded);
    changes.publish(kept);
    audit.record(
        AuditAction.SIGNAL_MERGED,
        Optional.of(folded.reference()),
        Optional.of(folded.region()),
        Optional.of(why));
    audit.record(
        AuditAction.DUPLICATE_FOLDED_IN,
        Optional.of(kept.reference()),
        Optional.of(kept.region()),
        Optional.of(folded.reference().value()));
    return new Merge(folded.reference(), kept.reference(), now.plus(Signal.MERGE_UNDO_WINDOW));
  }

  /**
   * Undoes the merge of {@code duplicate}: it stands alone again, in the status it had.
   *
   * @throws UnknownSignalException when it, or its survivor, is not of the caller's regions
   * @throws MergeRefusedException when it is not merged, or was merged more than a day ago
   */
  @Transactional
  public SignalReference undo(SignalReference duplicate) {
    StaffMember staff = user.staff();
    Signal merged = lookup.find(duplicate, staff.scope());
    Signal survivorNow =
        signals
            .survivorOf(merged)
            .orElseThrow(() -> new MergeRefusedException(MergeRefusedException.Why.NOT_MERGED));
    Pair pair = lock(staff, duplicate, survivorNow.reference());
    Signal folded = pair.duplicate();
    Signal kept = pair.survivor();
    folded.undoMerge(kept, Actor.staff(staff.subject()), clock.instant());
    changes.publish(folded);
    changes.publish(kept);
    audit.record(
        AuditAction.MERGE_UNDONE,
        Optional.of(folded.reference()),
        Optional.of(folded.region()),
        Optional.of(kept.reference().value()));
    return kept.reference();
  }

  private record Pair(Signal duplicate, Signal survivor) {}

  /** The two signals of the caller's regions, locked for a change in the order of references. */
  private Pair lock(StaffMember staff, SignalReference duplicate, SignalReference survivor) {
    boolean duplicateFirst = duplicate.value().compareTo(survivor.value()) < 0;
    Signal first = lookup.findForChange(duplicateFirst ? duplicate : survivor, staff.scope());
    Signal second = lookup.findForChange(duplicateFirst ? survivor : duplicate, staff.scope());
    return duplicateFirst ? new Pair(first, second) : new Pair(second, first);
  }
}
