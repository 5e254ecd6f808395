package nl.waakzaam.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.associations.application.SubmittingAssociations;
import nl.waakzaam.audit.application.AuditTrail;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.feedback.domain.Message;
import nl.waakzaam.feedback.domain.MessageRepository;
import nl.waakzaam.linking.application.AccessToOtherRegions;
import nl.waakzaam.signal.application.StaffLookup;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.SignalRepository;
import nl.waakzaam.signal.domain.UnknownSignalException;
import nl.waakzaam.triage.domain.StaffAction;

/**
 * Opens a signal for a staff member of its region: everything it says, its mentions and its
 * history. Every opening is audited, with the purpose the staff member gave, in the same
 * transaction.
 */
@ApplicationScoped
public class SignalDossier {

  private CurrentUser user;
  private StaffLookup lookup;
  private SignalRepository signals;
  private MessageRepository messages;
  private AuditTrail audit;
  private SubmittingAssociations associations;
  private AccessToOtherRegions access;
  private Clock clock;

  protected SignalDossier() {}

  @Inject
  public SignalDossier(
      CurrentUser user,
      StaffLookup lookup,
      SignalRepository signals,
      MessageRepository messages,
      AuditTrail audit,
      SubmittingAssociations associations,
      AccessToOtherRegions access,
      Clock clock) {
    this.user = user;
    this.lookup = lookup;
    this.signals = signals;
    this.messages = messages;
    this.audit = audit;
    this.associations = associations;
    this.access = access;
    this.clock = clock;
  }

  /**
   * A signal as staff open it: all it says, the conversation with its reporter, whether the
   * reporter wrote something unread until now, what the staff member may do with it now, and the
   * association that submitted it for a member, if one did, the moment it was opened, the signal it
   * was folded into if it is a duplicate, and the duplicates folded into it, each opened too. The
   * signal is managed: read it inside the transaction that opened it.
   */
  public record Opened(
      Signal signal,
      List<Message> conversation,
      boolean unread,
      Set<StaffAction> allowedActions,
      Optional<String> submittedBy,
      Instant now,
      Optional<SignalReference> survivor,
      List<Opened> duplicates,
      boolean contactShown) {}

  /**
   * Opens a signal of the caller's regions, or one offered to them by another region (to decide on
   * the offer: its actions are then only accepting and returning it).
   *
   * @throws UnknownSignalException when no signal of, or offered to, the caller's regions has this
   *     reference
   */
  @Transactional
  public Opened open(SignalReference reference, Optional<String> purpose) {
    StaffMember staff = user.staff();
    Signal signal = lookup.findOwnedOrOffered(reference, staff.scope());
    audit.record(
        AuditAction.SIGNAL_VIEWED, Optional.of(reference), Optional.of(signal.region()), purpose);
    boolean unread = signal.handling().reporterNewsAt().isPresent();
    if (staff.may(Permission.SIGNAL_TRIAGE) && staff.scope().includes(signal.region())) {
      // Read by someone who can act on it; a look by a reader only leaves it unread.
      signal.seenByStaff();
    }
    List<Signal> folded = signals.mergedInto(signal);
    Map<UUID, List<Message>> theirs = messages.ofAll(folded);
    List<Opened> duplicates = new ArrayList<>();
    for (Signal duplicate : folded) {
      // The survivor shows what its duplicates say: each is read, and audited as read.
      audit.record(
          AuditAction.SIGNAL_VIEWED,
          Optional.of(duplicate.reference()),
          Optional.of(duplicate.region()),
          purpose);
      duplicates.add(
          opened(
              duplicate,
              duplicate.handling().reporterNewsAt().isPresent(),
              theirs.getOrDefault(duplicate.id(), List.of()),
              staff,
              Optional.of(signal.reference()),
              List.of()));
    }
    return opened(
        signal,
        unread,
        messages.of(signal),
        staff,
        signals.survivorOf(signal).map(Signal::reference),
        duplicates);
  }

  private Opened opened(
      Signal signal,
      boolean unread,
      List<Message> conversation,
      StaffMember staff,
      Optional<SignalReference> survivor,
      List<Opened> duplicates) {
    Instant now = clock.instant();
    Set<StaffAction> allowed = EnumSet.noneOf(StaffAction.class);
    allowed.addAll(StaffAction.allowed(signal, staff));
    if (!duplicates.isEmpty()) {
      allowed.remove(StaffAction.MERGE); // one level of merges: undo those first
    }
    if (signal
        .mergedAt()
        .filter(at -> now.isAfter(at.plus(Signal.MERGE_UNDO_WINDOW)))
        .isPresent()) {
      allowed.remove(StaffAction.UNDO_MERGE);
    }
    return new Opened(
        signal,
        conversation,
        unread,
        allowed,
        associations.nameOf(signal),
        now,
        survivor,
        duplicates,
        // A region deciding on an offer reads what the signal says, not who the reporter is.
        staff.scope().includes(signal.region()));
  }

  /**
   * Another region's signal, for the coordinator whose request for access that region granted: what
   * it says and its conversation, to read only (no actions), and without the reporter's contact
   * details, which the need to know behind the request does not reach. The grant's check and the
   * audit of the read are those of {@link AccessToOtherRegions#read}.
   *
   * @throws UnknownSignalException when the request does not let the caller read it now
   */
  @Transactional
  public Opened openUnderGrant(UUID request, SignalReference reference) {
    Signal signal = access.read(request, reference);
    return new Opened(
        signal,
        messages.of(signal),
        false,
        Set.of(),
        associations.nameOf(signal),
        clock.instant(),
        Optional.empty(),
        List.of(),
        false);
  }
}
