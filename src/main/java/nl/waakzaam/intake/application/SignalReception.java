package nl.waakzaam.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import nl.waakzaam.routing.domain.RegionAssignment;
import nl.waakzaam.signal.domain.Actor;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalContent;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.SignalRepository;
import nl.waakzaam.triage.application.ServiceLevels;

/**
 * The transaction of receiving one signal under one reference: the signal, its first history event
 * and the reference claim are stored together, and {@link SignalReceived} is fired inside it.
 */
@ApplicationScoped
class SignalReception {

  private SignalRepository signals;
  private Event<SignalReceived> received;
  private ServiceLevels serviceLevels;

  protected SignalReception() {}

  @Inject
  SignalReception(
      SignalRepository signals, Event<SignalReceived> received, ServiceLevels serviceLevels) {
    this.signals = signals;
    this.received = received;
    this.serviceLevels = serviceLevels;
  }

  /**
   * @throws nl.waakzaam.signal.domain.ReferenceTakenException and rolls back when the reference was
   *     taken
   */
  @Transactional
  Signal store(
      SignalReference reference,
      SignalContent content,
      RegionAssignment assignment,
      byte[] receiptCodeHash,
      Actor submitter,
      Instant now,
      byte[] submissionKeyHash) {
    Signal signal =
        Signal.receive(
            reference, content, assignment, receiptCodeHash, submitter, now, submissionKeyHash);
    signal.schedule(serviceLevels.deadlines(now, signal.priority()));
    signals.add(signal);
    received.fire(new SignalReceived(reference, signal.kind(), signal.region()));
    return signal;
  }
}
