package nl.waakzaam.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.access.domain.Permission;
import nl.waakzaam.access.domain.StaffMember;
import nl.waakzaam.audit.application.AuditTrail;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.intake.domain.QueuePosition;
import nl.waakzaam.intake.domain.QueueQuery;
import nl.waakzaam.intake.domain.SignalRepository;
import nl.waakzaam.intake.domain.SignalStatus;
import nl.waakzaam.intake.domain.SignalSummary;
import nl.waakzaam.triage.domain.StaffDirectory;

/**
 * The work queue of a staff member: the signals of their regions as they filter and sort them, a
 * page at a time, with the counts per status. Each look at the queue is audited once per region
 * shown, and notes the caller in the staff directory so that colleagues can assign to them.
 */
@ApplicationScoped
public class WorkQueue {

  private CurrentUser user;
  private SignalRepository signals;
  private StaffDirectory staffDirectory;
  private AuditTrail audit;
  private Clock clock;

  protected WorkQueue() {}

  @Inject
  public WorkQueue(
      CurrentUser user,
      SignalRepository signals,
      StaffDirectory staffDirectory,
      AuditTrail audit,
      Clock clock) {
    this.user = user;
    this.signals = signals;
    this.staffDirectory = staffDirectory;
    this.audit = audit;
    this.clock = clock;
  }

  /** The moment deadlines are judged against in a query made now. */
  public Instant now() {
    return clock.instant();
  }

  /**
   * A page of the signals {@code query} asks for; {@code next} is set if there is more. An assignee
   * of {@code me} is the caller.
   */
  @Transactional
  public Page page(QueueQuery query) {
    StaffMember staff = user.staff();
    QueueQuery asked =
        query.assignee().filter("me"::equals).isPresent()
            ? query.withAssignee(staff.name())
            : query;
    List<SignalSummary> rows = signals.queue(staff.scope(), asked.plusOne());
    List<SignalSummary> items = rows.size() > query.limit() ? rows.subList(0, query.limit()) : rows;
    staffDirectory.seen(
        staff.name(),
        staff.scope().regions(),
        staff.may(Permission.SIGNAL_TRIAGE),
        clock.instant());
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
        rows.size() > query.limit()
            ? Optional.of(items.get(items.size() - 1).position(query.order()))
            : Optional.empty();
    return new Page(List.copyOf(items), next, signals.countByStatus(staff.scope()));
  }

  /** Colleagues who can be assigned signals of the caller's regions. */
  @Transactional
  public List<String> colleagues() {
    return staffDirectory.handlersIn(user.staff().scope().regions());
  }

  /**
   * Signals of one page, where the next page starts if there is one, and how many signals the
   * caller's regions hold per status.
   */
  public record Page(
      List<SignalSummary> items, Optional<QueuePosition> next, Map<SignalStatus, Long> counts) {}
}
