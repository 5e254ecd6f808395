package nl.waakzaam.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.audit.application.AuditTrail;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.intake.domain.Signal;
import nl.waakzaam.intake.domain.SignalReference;
import nl.waakzaam.intake.domain.SignalRepository;
import nl.waakzaam.intake.domain.UnknownSignalException;

/**
 * Opens a signal for a staff member of its region: everything it says, its mentions and its
 * history. Every opening is audited, with the purpose the staff member gave, in the same
 * transaction.
 */
@ApplicationScoped
public class SignalDossier {

  private CurrentUser user;
  private SignalRepository signals;
  private AuditTrail audit;

  protected SignalDossier() {}

  @Inject
  public SignalDossier(CurrentUser user, SignalRepository signals, AuditTrail audit) {
    this.user = user;
    this.signals = signals;
    this.audit = audit;
  }

  /**
   * @throws UnknownSignalException when no signal of the caller's regions has this reference
   */
  @Transactional
  public Signal open(SignalReference reference, Optional<String> purpose) {
    Signal signal =
        signals
            .findInScope(reference, user.staff().scope())
            .orElseThrow(UnknownSignalException::new);
    // Loaded now, inside the transaction, for the answer that is written after it.
    signal.persons().size();
    signal.vehicles().size();
    signal.vessels().size();
    signal.history().size();
    audit.record(
        AuditAction.SIGNAL_VIEWED, Optional.of(reference), Optional.of(signal.region()), purpose);
    return signal;
  }
}
