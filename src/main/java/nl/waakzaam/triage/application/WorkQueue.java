package nl.waakzaam.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.audit.application.AuditTrail;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.intake.domain.QueuePosition;
import nl.waakzaam.intake.domain.SignalRepository;
import nl.waakzaam.intake.domain.SignalSummary;

/**
 * The work queue of a staff member: the signals of their regions, newest first, a page at a time.
 * Each look at the queue is audited once per region shown.
 */
@ApplicationScoped
public class WorkQueue {

  private CurrentUser user;
  private SignalRepository signals;
  private AuditTrail audit;

  protected WorkQueue() {}

  @Inject
  public WorkQueue(CurrentUser user, SignalRepository signals, AuditTrail audit) {
    this.user = user;
    this.signals = signals;
    this.audit = audit;
  }

  /**
   * A page of at most {@code limit} signals after {@code after}; {@code next} is set if there is
   * more.
   */
  @Transactional
  public Page page(Optional<QueuePosition> after, int limit) {
    StaffMember staff = user.staff();
    List<SignalSummary> rows = signals.pageInScope(staff.scope(), after, limit + 1);
    List<SignalSummary> items = rows.size() > limit ? rows.subList(0, limit) : rows;
    staff
        .scope()
        .regions()
        .forEach(
            region ->
                audit.record(
                    AuditAction.QUEUE_VIEWED,
                    Optional.empty(),
                    Optional.of(region),
                    Optional.empty()));
    Optional<QueuePosition> next =
        rows.size() > limit
            ? Optional.of(items.get(items.size() - 1).position())
            : Optional.empty();
    return new Page(List.copyOf(items), next);
  }

  /** Signals of one page, and where the next page starts if there is one. */
  public record Page(List<SignalSummary> items, Optional<QueuePosition> next) {}
}
