package nl.waakzaam.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalEvent;
import nl.waakzaam.signal.domain.SignalRepository;

/**
 * Starts the service clock of a signal as it is received: the deadlines of its priority, counted in
 * working days from its receipt. In the receiving transaction, so that no signal is ever stored
 * without them, and before it is first written, so that it is inserted with them.
 */
@ApplicationScoped
class DeadlinesAtReceipt {

  private SignalRepository signals;
  private ServiceLevels serviceLevels;

  protected DeadlinesAtReceipt() {}

  @Inject
  DeadlinesAtReceipt(SignalRepository signals, ServiceLevels serviceLevels) {
    this.signals = signals;
    this.serviceLevels = serviceLevels;
  }

  void received(@Observes SignalEvent.Received received) {
    Signal signal = signals.received(received);
    signal.schedule(serviceLevels.deadlines(received.at(), signal.handling().priority()));
  }
}
