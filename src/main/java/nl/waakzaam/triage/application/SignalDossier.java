package nl.waakzaam.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.associations.application.SubmittingAssociations;
import nl.waakzaam.audit.application.AuditTrail;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.feedback.domain.Message;
import nl.waakzaam.feedback.domain.MessageRepository;
import nl.waakzaam.signal.application.StaffLookup;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalReference;
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
  private StaffLookup signals;
  private MessageRepository messages;
  private AuditTrail audit;
  private SubmittingAssociations associations;
  private Clock clock;

  protected SignalDossier() {}

  @Inject
  public SignalDossier(
      CurrentUser user,
      StaffLookup signals,
      MessageRepository messages,
      AuditTrail audit,
      SubmittingAssociations associations,
      Clock clock) {
    this.user = user;
    this.signals = signals;
    this.messages = messages;
    this.audit = audit;
    this.associations = associations;
    this.clock = clock;
  }

  /**
   * A signal as staff open it: all it says, the conversation with its reporter, whether the
   * reporter wrote something unread until now, what the staff member may do with it now, and the
   * association that submitted it for a member, if one did, and the moment it was opened. The
   * signal is managed: read it inside the transaction that opened it.
   */
  public record Opened(
      Signal signal,
      List<Message> conversation,
      boolean unread,
      Set<StaffAction> allowedActions,
      Optional<String> submittedBy,
      Instant now) {}

  /**
   * @throws UnknownSignalException when no signal of the caller's regions has this reference
   */
  @Transactional
  public Opened open(SignalReference reference, Optional<String> purpose) {
    StaffMember staff = user.staff();
    Signal signal = signals.find(reference, staff.scope());
    audit.record(
        AuditAction.SIGNAL_VIEWED, Optional.of(reference), Optional.of(signal.region()), purpose);
    boolean unread = signal.handling().reporterNewsAt().isPresent();
    if (staff.may(Permission.SIGNAL_TRIAGE)) {
      // Read by someone who can act on it; a look by a reader only leaves it unread.
      signal.seenByStaff();
    }
    return new Opened(
        signal,
        messages.of(signal),
        unread,
        StaffAction.allowed(signal.status(), staff),
        associations.nameOf(signal),
        clock.instant());
  }
}
