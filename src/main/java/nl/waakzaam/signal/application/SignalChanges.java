package nl.waakzaam.signal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import nl.waakzaam.regions.domain.RegionScope;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalEvent;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.UnknownSignalException;

/**
 * Changes a signal the one way it is changed: inside the caller's transaction, under a lock on the
 * signal so that two changes at once happen one after the other, with every {@link SignalEvent} the
 * signal recorded fired before the transaction ends. Observers of those events that write (the
 * service clock, a reporter's notice) therefore commit or roll back with the change.
 */
@ApplicationScoped
public class SignalChanges {

  private StaffLookup lookup;
  private Event<SignalEvent> events;

  protected SignalChanges() {}

  @Inject
  public SignalChanges(StaffLookup lookup, Event<SignalEvent> events) {
    this.lookup = lookup;
    this.events = events;
  }

  /**
   * Loads the signal with {@code reference} in {@code scope}, locked, lets {@code change} act on
   * it, and fires what it recorded.
   *
   * @throws UnknownSignalException when the scope holds no signal with this reference
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Signal change(SignalReference reference, RegionScope scope, Consumer<Signal> change) {
    Signal signal = lookup.findForChange(reference, scope);
    change.accept(signal);
    publish(signal);
    return signal;
  }

  /**
   * As {@link #change}, for a signal offered to a region of {@code scope}: the answer to the offer.
   *
   * @throws UnknownSignalException when no signal with this reference is offered to the scope
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Signal changeOffered(
      SignalReference reference, RegionScope scope, Consumer<Signal> change) {
    Signal signal = lookup.findOfferedForChange(reference, scope);
    change.accept(signal);
    publish(signal);
    return signal;
  }

  /** Fires the events {@code signal} recorded since they were last fired. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void publish(Signal signal) {
    signal.takeEvents().forEach(events::fire);
  }
}
