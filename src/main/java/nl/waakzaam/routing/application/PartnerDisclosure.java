package nl.waakzaam.routing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.audit.application.AuditTrail;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.signal.application.SignalChanges;
import nl.waakzaam.signal.domain.Actor;
import nl.waakzaam.signal.domain.Partner;
import nl.waakzaam.signal.domain.ReasonRejectedException;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalReference;

/**
 * Whether the reporter of a forwarded signal may read which kinds of partner received it: never
 * unless a coordinator decides so for that signal, with a reason, audited; and never the
 * organisations' names, only their kinds ("de politie", "de gemeente").
 */
@ApplicationScoped
public class PartnerDisclosure {

  private CurrentUser user;
  private SignalChanges changes;
  private AuditTrail audit;
  private Clock clock;

  protected PartnerDisclosure() {}

  @Inject
  PartnerDisclosure(CurrentUser user, SignalChanges changes, AuditTrail audit, Clock clock) {
    this.user = user;
    this.changes = changes;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Shows the reporter the kinds of partner, or hides them again.
   *
   * @return the kinds the reporter reads now
   * @throws nl.waakzaam.signal.domain.NothingForwardedException to show them of a signal that went
   *     to no partner
   */
  @Transactional
  public Set<Partner> decide(SignalReference reference, boolean disclosed, String reason) {
    String why = ReasonRejectedException.required(reason);
    StaffMember staff = user.staff();
    Actor actor = Actor.staff(staff.subject());
    Signal signal =
        changes.change(
            reference,
            staff.scope(),
            s -> {
              if (disclosed) {
                s.disclosePartners(why, actor, clock.instant());
              } else {
                s.concealPartners(why, actor, clock.instant());
              }
            });
    audit.record(
        disclosed ? AuditAction.PARTNERS_DISCLOSED : AuditAction.PARTNERS_CONCEALED,
        Optional.of(signal.reference()),
        Optional.of(signal.region()),
        Optional.of(why));
    return signal.partnersForReporter();
  }
}
