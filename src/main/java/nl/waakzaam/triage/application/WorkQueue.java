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
import nl.waakzaam.signal.domain.SignalStatus;
import nl.waakzaam.triage.domain.QueuePosition;
import nl.waakzaam.triage.domain.QueueQuery;
import nl.waakzaam.triage.domain.QueueRepository;
import nl.waakzaam.triage.domain.SignalSummary;
import nl.waakzaam.triage.domain.StaffDirectory;

/**
 * The work queue of a staff member: the signals of their regions as they filter and sort them, a
 * page at a time, with the counts per status. Each look at the queue is audited once per region
 * shown, and notes the caller in the staff directory so that colleagues can assign to them.
 */
@ApplicationScoped
public class WorkQueue {

  private CurrentUser user;
  private QueueRepository queue;
  private StaffDirectory staffDirectory;
  private AuditTrail audit;
  private Clock clock;

  protected WorkQueue() {}

  @Inject
  public WorkQueue(
      CurrentUser user,
      QueueRepository queue,
      StaffDirectory staffDirectory,
      AuditTrail audit,
      Clock clock) {
    this.user = user;
    this.queue = queue;
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
    List<SignalSummary> rows = queue.queue(staff.scope(), asked.plusOne());
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
    return new Page(List.copyOf(items), next, queue.countByStatus(staff.scope()));
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
