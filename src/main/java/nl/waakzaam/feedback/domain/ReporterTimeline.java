package nl.waakzaam.feedback.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.waakzaam.signal.domain.HistoryEvent;
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
    List<Entry> entries = new ArrayList<>();
    for (StatusChange change : history) {
      if (change.event() != HistoryEvent.STATUS_CHANGED) {
        continue;
      }
      ReporterStatus status = ReporterStatus.of(change.to());
      if (entries.isEmpty() || entries.get(entries.size() - 1).status() != status) {
        entries.add(new Entry(status, LocalDate.ofInstant(change.occurredAt(), DUTCH_TIME)));
      }
    }
    return List.copyOf(entries);
  }
}
