package nl.waakzaam.feedback.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.waakzaam.signal.domain.HistoryEvent;
import nl.waakzaam.signal.domain.SignalStatus;
import nl.waakzaam.signal.domain.StatusChange;

/**
 * A signal's history as its reporter may read it: each change of {@link ReporterStatus} with its
 * day (Dutch calendar), without actors, reasons or times of day. Internal steps that look the same
 * to the reporter are shown once.
 */
public final class ReporterTimeline {

  private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  /** One step the reporter sees. */
  public record Entry(ReporterStatus status, LocalDate on) {}

  private ReporterTimeline() {}

  public static List<Entry> of(List<StatusChange> history) {
    Steps steps = new Steps();
    statusChanges(history).forEach(c -> steps.add(c.to(), c.occurredAt()));
    return steps.entries();
  }

  /**
   * The timeline of a duplicate folded into {@code survivor} at {@code mergedAt}: its own steps
   * until then, and from then on the survivor's status, starting with the one it had at the merge.
   * Nothing in it tells of the merge or of the other signal.
   */
  public static List<Entry> following(
      List<StatusChange> own, List<StatusChange> survivor, Instant mergedAt) {
    Steps steps = new Steps();
    statusChanges(own)
        .filter(c -> c.occurredAt().isBefore(mergedAt))
        .forEach(c -> steps.add(c.to(), c.occurredAt()));
    statusChanges(survivor)
        .filter(c -> !c.occurredAt().isAfter(mergedAt))
        .reduce((first, second) -> second)
        .ifPresent(atMerge -> steps.add(atMerge.to(), mergedAt));
    statusChanges(survivor)
        .filter(c -> c.occurredAt().isAfter(mergedAt))
        .forEach(c -> steps.add(c.to(), c.occurredAt()));
    return steps.entries();
  }

  private static Stream<StatusChange> statusChanges(List<StatusChange> history) {
    return history.stream().filter(c -> c.event() == HistoryEvent.STATUS_CHANGED);
  }

  /** The entries so far; a step that looks like the one before to the reporter is not repeated. */
  private static final class Steps {
    private final List<Entry> entries = new ArrayList<>();

    void add(SignalStatus to, Instant at) {
      ReporterStatus status = ReporterStatus.of(to);
      if (entries.isEmpty() || entries.get(entries.size() - 1).status() != status) {
        entries.add(new Entry(status, LocalDate.ofInstant(at, DUTCH_TIME)));
      }
    }

    List<Entry> entries() {
      return List.copyOf(entries);
    }
  }
}
