package nl.waakzaam.linking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.audit.application.AuditTrail;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.linking.domain.SignalLinks;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.signal.application.StaffLookup;
import nl.waakzaam.signal.domain.ReasonRejectedException;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.UnknownSignalException;

/**
 * Links staff make by hand between two signals of their regions, for relations the extractor cannot
 * see (the same man, described twice), and remove again. Each is audited for both signals.
 */
@ApplicationScoped
public class Links {

  /** A signal's links: those to signals of the caller's regions listed, others counted. */
  public record Linked(List<SignalLinks.Link> inYourRegions, Map<Region, Integer> elsewhere) {}

  private CurrentUser user;
  private StaffLookup lookup;
  private SignalLinks links;
  private AuditTrail audit;
  private Clock clock;

  protected Links() {}

  @Inject
  Links(CurrentUser user, StaffLookup lookup, SignalLinks links, AuditTrail audit, Clock clock) {
    this.user = user;
    this.lookup = lookup;
    this.links = links;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Links {@code reference} to {@code other}, for {@code reason}.
   *
   * @throws UnknownSignalException when either is not of the caller's regions
   * @throws LinkRefusedException when the two are one, or are linked already
   * @throws ReasonRejectedException without a reason
   */
  @Transactional
  public void link(SignalReference reference, SignalReference other, String reason) {
    String why = ReasonRejectedException.required(reason);
    if (reference.equals(other)) {
      throw new LinkRefusedException(LinkRefusedException.Why.SAME_SIGNAL);
    }
    StaffMember staff = user.staff();
    Signal a = lookup.find(reference, staff.scope());
    Signal b = lookup.find(other, staff.scope());
    if (!links.add(a.id(), b.id(), why, staff.name(), clock.instant())) {
      throw new LinkRefusedException(LinkRefusedException.Why.ALREADY_LINKED);
    }
    auditBoth(AuditAction.SIGNALS_LINKED, a, b, why);
  }

  /**
   * Removes the link between {@code reference} and {@code other}.
   *
   * @throws UnknownSignalException when either is not of the caller's regions
   * @throws LinkRefusedException when they are not linked
   */
  @Transactional
  public void unlink(SignalReference reference, SignalReference other) {
    StaffMember staff = user.staff();
    Signal a = lookup.find(reference, staff.scope());
    Signal b = lookup.find(other, staff.scope());
    if (!links.remove(a.id(), b.id())) {
      throw new LinkRefusedException(LinkRefusedException.Why.NOT_LINKED);
    }
    auditBoth(AuditAction.SIGNALS_UNLINKED, a, b, null);
  }

  /**
   * @throws UnknownSignalException when the signal is not of the caller's regions
   */
  @Transactional
  public Linked of(SignalReference reference) {
    StaffMember staff = user.staff();
    Signal signal = lookup.find(reference, staff.scope());
    List<SignalLinks.Link> mine = new ArrayList<>();
    Map<Region, Integer> elsewhere = new TreeMap<>();
    for (SignalLinks.Link link : links.of(signal.id())) {
      if (staff.scope().includes(link.other().region())) {
        mine.add(link);
      } else {
        elsewhere.merge(link.other().region(), 1, Integer::sum);
      }
    }
    return new Linked(List.copyOf(mine), elsewhere);
  }

  private void auditBoth(AuditAction action, Signal a, Signal b, String reason) {
    audit.record(
        action,
        Optional.of(a.reference()),
        Optional.of(a.region()),
        Optional.of(b.reference().value() + (reason == null ? "" : ": " + reason)));
    audit.record(
        action,
        Optional.of(b.reference()),
        Optional.of(b.region()),
        Optional.of(a.reference().value() + (reason == null ? "" : ": " + reason)));
  }
}
