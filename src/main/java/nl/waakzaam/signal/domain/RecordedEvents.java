package nl.waakzaam.signal.domain;

import java.util.ArrayList;
import java.util.List;

/** The events a signal recorded and its application service has not fired yet; never stored. */
final class RecordedEvents {

  private final List<SignalEvent> events = new ArrayList<>();

  void add(SignalEvent event) {
    events.add(event);
  }

  /** The events recorded since the last call, oldest first; they are forgotten. */
  List<SignalEvent> take() {
    List<SignalEvent> taken = List.copyOf(events);
    events.clear();
    return taken;
  }
}
