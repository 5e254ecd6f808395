package nl.waakzaam.linking.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import nl.waakzaam.linking.domain.EntityIndex;
import nl.waakzaam.linking.domain.SignalEntities;
import nl.waakzaam.signal.domain.SignalEvent;
import nl.waakzaam.signal.domain.SignalRepository;

/**
 * Indexes what a signal names as it is received, in the receiving transaction: a signal is never
 * stored without its entries. The entities are read as each signal is received and written just
 * before the commit, in one statement per thousand entries, not one per signal of a batch.
 */
@ApplicationScoped
class EntitiesAtReceipt {

  private SignalRepository signals;
  private EntityIndex index;
  private PendingEntities pending;

  protected EntitiesAtReceipt() {}

  @Inject
  EntitiesAtReceipt(SignalRepository signals, EntityIndex index, PendingEntities pending) {
    this.signals = signals;
    this.index = index;
    this.pending = pending;
  }

  /** Reads what the new signal names while it is at hand. */
  void received(
      @Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) SignalEvent.Received received) {
    pending.add(received.signalId(), SignalEntities.of(signals.received(received)));
  }

  /** Writes what this transaction's signals name, all at once, as it is about to commit. */
  void committing(
      @Observes(during = TransactionPhase.BEFORE_COMPLETION) SignalEvent.Received received) {
    var all = pending.drain();
    if (!all.isEmpty()) {
      index.addAll(all);
    }
  }
}
