package nl.waakzaam.routing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.audit.application.AuditTrail;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.signal.application.SignalChanges;
import nl.waakzaam.signal.domain.Actor;
import nl.waakzaam.signal.domain.ReasonRejectedException;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.SignalRepository;
import nl.waakzaam.signal.domain.SignalStatus;
import nl.waakzaam.signal.domain.Transfer;

/**
 * A signal handed from one region to another, the one way a signal changes region: a coordinator
 * offers it with a reason, and a coordinator of the other region accepts it (from then on it is
 * theirs and the first region no longer sees it) or returns it with a reason; the offering region
 * may take its offer back. Each step is audited in both regions, in the step's own transaction. The
 * reporter notices nothing: their receipt code, messages and status stay as they are.
 */
@ApplicationScoped
public class Transfers {

  private CurrentUser user;
  private SignalChanges changes;
  private SignalRepository signals;
  private AuditTrail audit;
  private RoutingSuggestions suggestions;
  private Clock clock;

  protected Transfers() {}

  @Inject
  Transfers(
      CurrentUser user,
      SignalChanges changes,
      SignalRepository signals,
      AuditTrail audit,
      RoutingSuggestions suggestions,
      Clock clock) {
    this.user = user;
    this.changes = changes;
    this.signals = signals;
    this.audit = audit;
    this.suggestions = suggestions;
    this.clock = clock;
  }

  /** What a step left: the signal, its status and the region it belongs to now. */
  public record Done(SignalReference reference, SignalStatus status, Region region) {}

  /** A signal waiting for the answer of one of the caller's regions. */
  public record Offered(
      SignalReference reference,
      SignalStatus status,
      Region from,
      Region to,
      String reason,
      String offeredBy,
      Instant offeredAt) {}

  /**
   * Offers a signal of the caller's regions to {@code to}.
   *
   * @throws nl.waakzaam.signal.domain.TransferRefusedException when decided, already offered, or of
   *     that region
   */
  @Transactional
  public Done offer(SignalReference reference, Region to, String reason) {
    ReasonRejectedException.required(reason);
    StaffMember staff = user.staff();
    String why = reason.strip();
    Signal signal =
        changes.change(
            reference,
            staff.scope(),
            s -> s.offerTransfer(to, why, staff.name(), actor(staff), clock.instant()));
    auditBoth(AuditAction.TRANSFER_OFFERED, signal.reference(), signal.region(), to, why);
    suggestions.offered(signal, to, staff, clock.instant());
    return done(signal);
  }

  /** Takes back the offer of a signal of the caller's regions. */
  @Transactional
  public Done withdraw(SignalReference reference) {
    StaffMember staff = user.staff();
    Region[] to = new Region[1];
    Signal signal =
        changes.change(
            reference,
            staff.scope(),
            s -> {
              to[0] = s.transfer().map(Transfer::to).orElse(null);
              s.withdrawTransfer(actor(staff), clock.instant());
            });
    auditBoth(AuditAction.TRANSFER_WITHDRAWN, signal.reference(), signal.region(), to[0], null);
    return done(signal);
  }

  /**
   * Accepts a signal offered to one of the caller's regions: it is that region's from now on.
   *
   * @throws nl.waakzaam.signal.domain.UnknownSignalException when no such signal is offered to the
   *     caller's regions
   */
  @Transactional
  public Done accept(SignalReference reference) {
    return answer(
        reference,
        AuditAction.TRANSFER_ACCEPTED,
        null,
        (signal, staff) -> signal.acceptTransfer(actor(staff), clock.instant()));
  }

  /** Returns a signal offered to one of the caller's regions to the region it came from. */
  @Transactional
  public Done giveBack(SignalReference reference, String reason) {
    ReasonRejectedException.required(reason);
    String why = reason.strip();
    return answer(
        reference,
        AuditAction.TRANSFER_RETURNED,
        why,
        (signal, staff) -> signal.returnTransfer(why, actor(staff), clock.instant()));
  }

  /**
   * The signals offered to the caller's regions, the longest waiting first; the look is audited.
   */
  @Transactional
  public List<Offered> offeredToMe() {
    StaffMember staff = user.staff();
    List<Offered> offered =
        signals.offeredTo(staff.scope()).stream()
            .map(
                s -> {
                  Transfer t = s.transfer().orElseThrow();
                  return new Offered(
                      s.reference(),
                      s.status(),
                      s.region(),
                      t.to(),
                      t.reason(),
                      t.offeredBy(),
                      t.offeredAt());
                })
            .toList();
    audit.record(
        AuditAction.TRANSFERS_LISTED, Optional.empty(), Optional.empty(), Optional.empty());
    return offered;
  }

  private Done answer(
      SignalReference reference,
      AuditAction audited,
      String reason,
      BiConsumer<Signal, StaffMember> step) {
    StaffMember staff = user.staff();
    Region[] regions = new Region[2];
    Signal signal =
        changes.changeOffered(
            reference,
            staff.scope(),
            s -> {
              regions[0] = s.region();
              regions[1] = s.transfer().orElseThrow().to();
              step.accept(s, staff);
            });
    auditBoth(audited, signal.reference(), regions[0], regions[1], reason);
    return done(signal);
  }

  /** One record in the region the signal came from and one in the region it was offered to. */
  private void auditBoth(
      AuditAction action, SignalReference reference, Region from, Region to, String reason) {
    Optional<String> purpose = Optional.ofNullable(reason);
    audit.record(action, Optional.of(reference), Optional.of(from), purpose);
    if (to != null) {
      audit.record(action, Optional.of(reference), Optional.of(to), purpose);
    }
  }

  private static Actor actor(StaffMember staff) {
    return Actor.staff(staff.subject());
  }

  private static Done done(Signal signal) {
    return new Done(signal.reference(), signal.status(), signal.region());
  }
}
