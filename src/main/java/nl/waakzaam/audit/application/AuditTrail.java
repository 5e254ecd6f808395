package nl.waakzaam.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.Job;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.audit.domain.AuditEntry;
import nl.waakzaam.audit.domain.AuditRepository;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.signal.domain.SignalReference;

/**
 * Writes what the current staff member does to the audit trail, inside the transaction of the
 * action itself: the read or change and its record are stored together or not at all.
 */
@ApplicationScoped
public class AuditTrail {

  private CurrentUser user;
  private AuditRepository records;
  private Clock clock;

  protected AuditTrail() {}

  @Inject
  public AuditTrail(CurrentUser user, AuditRepository records, Clock clock) {
    this.user = user;
    this.records = records;
    this.clock = clock;
  }

  /** Records {@code action} about the signal {@code reference} of {@code region}. */
  @Transactional(TxType.MANDATORY)
  public void record(
      AuditAction action,
      Optional<SignalReference> reference,
      Optional<Region> region,
      Optional<String> purpose) {
    StaffMember staff = user.staff();
    records.append(
        new AuditEntry(
            clock.instant(),
            staff.subject(),
            staff.name(),
            staff.jobs().stream().map(Job::roleName).sorted().collect(Collectors.joining(",")),
            action,
            reference.map(SignalReference::value),
            region.map(Region::name),
            purpose));
  }
}
