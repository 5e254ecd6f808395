package nl.waakzaam.linking.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import nl.waakzaam.linking.domain.EntityIndex;
import nl.waakzaam.linking.domain.SignalEntities;
import nl.waakzaam.signal.domain.SignalEvent;
import nl.waakzaam.signal.domain.SignalRepository;

/**
 * Indexes what a signal names as it is received, in the receiving transaction: a signal is never
 * stored without its entries. Late among the observers of the receipt (its writes flush the new
 * signal, which the service clock's observer must have set by then).
 */
@ApplicationScoped
class EntitiesAtReceipt {

  private SignalRepository signals;
  private EntityIndex index;

  protected EntitiesAtReceipt() {}

  @Inject
  EntitiesAtReceipt(SignalRepository signals, EntityIndex index) {
    this.signals = signals;
    this.index = index;
  }

  void received(
      @Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) SignalEvent.Received received) {
    index.add(received.signalId(), SignalEntities.of(signals.received(received)));
  }
}
