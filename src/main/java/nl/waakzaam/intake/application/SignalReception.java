package nl.waakzaam.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import nl.waakzaam.regions.domain.RegionAssignment;
import nl.waakzaam.signal.application.SignalChanges;
import nl.waakzaam.signal.domain.Actor;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalContent;
import nl.waakzaam.signal.domain.SignalEvent;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.SignalRepository;

/**
 * The transaction of receiving one signal under one reference: the signal, its first history event
 * and the reference claim are stored together, and {@link SignalEvent.Received} is fired inside it
 * (its observers start the service clock).
 */
@ApplicationScoped
class SignalReception {

  private SignalRepository signals;
  private SignalChanges changes;

  protected SignalReception() {}

  @Inject
  SignalReception(SignalRepository signals, SignalChanges changes) {
    this.signals = signals;
    this.changes = changes;
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
    signals.add(signal);
    changes.publish(signal);
    return signal;
  }
}
