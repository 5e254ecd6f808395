package nl.waakzaam.associations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.waakzaam.associations.domain.AssociationSignalRepository;
import nl.waakzaam.signal.domain.SignalEvent;

/**
 * Keeps when each association signal last changed as its reporter sees it, in the transaction of
 * the change, and writes the webhook message that tells the association of it to the outbox in the
 * same transaction: an association polling with {@code changedSince}, or listening, misses no
 * change and is not told of staff's internal steps (assigning, classifying, the traceability
 * check).
 */
@ApplicationScoped
public class AssociationSignalChanges {

  private AssociationSignalRepository signals;
  private Webhooks webhooks;

  protected AssociationSignalChanges() {}

  @Inject
  AssociationSignalChanges(AssociationSignalRepository signals, Webhooks webhooks) {
    this.signals = signals;
    this.webhooks = webhooks;
  }

  void changed(@Observes SignalEvent event) {
    if (isSeenByReporter(event)) {
      signals.changed(event.reference(), event.at()).ifPresent(own -> webhooks.enqueue(own, event));
    }
  }

  /** Whether the reporter's page (status, timeline, outcome, messages) reads otherwise after it. */
  static boolean isSeenByReporter(SignalEvent event) {
    return !(event instanceof SignalEvent.Received
        || event instanceof SignalEvent.Assigned
        || event instanceof SignalEvent.Classified
        || event instanceof SignalEvent.TraceabilityChecked
        || event instanceof SignalEvent.TransferOffered
        || event instanceof SignalEvent.TransferAccepted
        || event instanceof SignalEvent.TransferReturned
        || event instanceof SignalEvent.TransferWithdrawn);
  }
}
