package nl.waakzaam.associations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.waakzaam.associations.domain.AssociationSignalRepository;
import nl.waakzaam.signal.domain.SignalEvent;

/**
 * Keeps when each association signal last changed as its reporter sees it, in the transaction of
 * the change: an association polling with {@code changedSince} misses no change and is not told of
 * staff's internal steps (assigning, classifying, the traceability check).
 */
@ApplicationScoped
public class AssociationSignalChanges {

  private AssociationSignalRepository signals;

  protected AssociationSignalChanges() {}

  @Inject
  AssociationSignalChanges(AssociationSignalRepository signals) {
    this.signals = signals;
  }

  void changed(@Observes SignalEvent event) {
    if (isSeenByReporter(event)) {
      signals.changed(event.reference(), event.at());
    }
  }

  /** Whether the reporter's page (status, timeline, outcome, messages) reads otherwise after it. */
  static boolean isSeenByReporter(SignalEvent event) {
    return !(event instanceof SignalEvent.Received
        || event instanceof SignalEvent.Assigned
        || event instanceof SignalEvent.Classified
        || event instanceof SignalEvent.TraceabilityChecked);
  }
}
