package nl.waakzaam.triage.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.waakzaam.signal.domain.Priority;
import nl.waakzaam.signal.domain.Sector;
import nl.waakzaam.signal.domain.SignalKind;
import nl.waakzaam.signal.domain.SignalStatus;

/**
 * What a staff member asks of the work queue: which signals (every set empty means all), in which
 * order, from where, how many. The regions come from the caller's scope, never from here.
 *
 * @param assignee the user name of the assignee; with {@code unassigned} only signals of no one
 * @param related only signals that name an entity another signal names too, or that staff linked by
 *     hand
 * @param now the moment deadlines are judged against
 * @param search words a signal's reference, place, description or account of what happened holds
 *     (case aside)
 * @param unreadOnly only signals whose reporter wrote something staff have not opened yet
 */
public record QueueQuery(
    Set<SignalStatus> statuses,
    Set<SignalKind> kinds,
    Set<Sector> sectors,
    Set<Priority> priorities,
    Optional<String> assignee,
    boolean unassigned,
    Optional<SlaState> sla,
    boolean related,
    QueueOrder order,
    Optional<QueuePosition> after,
    int limit,
    Instant now,
    Optional<String> search,
    boolean unreadOnly) {

  public QueueQuery {
    statuses = Set.copyOf(statuses);
    kinds = Set.copyOf(kinds);
    sectors = Set.copyOf(sectors);
    priorities = Set.copyOf(priorities);
    Objects.requireNonNull(assignee);
    Objects.requireNonNull(sla);
    Objects.requireNonNull(order);
    Objects.requireNonNull(after);
    Objects.requireNonNull(now);
    search = search.map(String::strip).filter(t -> !t.isEmpty());
    if (after.isPresent() && after.get().order() != order) {
      throw new IllegalArgumentException("The position belongs to another order");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
  }

  /** The same question for the signals of {@code username}. */
  public QueueQuery withAssignee(String username) {
    return new QueueQuery(
        statuses,
        kinds,
        sectors,
        priorities,
        Optional.of(username),
        false,
        sla,
        related,
        order,
        after,
        limit,
        now,
        search,
        unreadOnly);
  }

  /** The same question, one more row: to know whether there is a next page. */
  public QueueQuery plusOne() {
    return new QueueQuery(
        statuses,
        kinds,
        sectors,
        priorities,
        assignee,
        unassigned,
        sla,
        related,
        order,
        after,
        limit + 1,
        now,
        search,
        unreadOnly);
  }
}
