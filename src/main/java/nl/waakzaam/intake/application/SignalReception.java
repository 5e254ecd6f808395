package nl.waakzaam.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import nl.waakzaam.intake.domain.Actor;
import nl.waakzaam.intake.domain.Signal;
import nl.waakzaam.intake.domain.SignalContent;
import nl.waakzaam.intake.domain.SignalReference;
import nl.waakzaam.intake.domain.SignalRepository;
import nl.waakzaam.routing.domain.RegionAssignment;

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
   * @throws nl.waakzaam.intake.domain.ReferenceTakenException and rolls back when the reference was
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
