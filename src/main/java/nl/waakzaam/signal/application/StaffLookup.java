package nl.waakzaam.signal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import nl.waakzaam.regions.domain.RegionScope;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.SignalRepository;
import nl.waakzaam.signal.domain.UnknownSignalException;

/**
 * A staff member's lookup of a signal in their regions. Not finding it answers as if it did not
 * exist, whether it is another region's or nobody's, and is told as {@link LookupRefused}.
 */
@ApplicationScoped
public class StaffLookup {

  private SignalRepository signals;
  private Event<LookupRefused> refused;

  protected StaffLookup() {}

  @Inject
  public StaffLookup(SignalRepository signals, Event<LookupRefused> refused) {
    this.signals = signals;
    this.refused = refused;
  }

  /**
   * @throws UnknownSignalException when {@code scope} holds no signal with this reference
   */
  @Transactional
  public Signal find(SignalReference reference, RegionScope scope) {
    return found(signals.findInScope(reference, scope), reference, scope);
  }

  /** As {@link #find}, locked for a change until the transaction ends. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Signal findForChange(SignalReference reference, RegionScope scope) {
    return found(signals.findInScopeForChange(reference, scope), reference, scope);
  }

  /**
   * As {@link #find}, and also a signal offered to a region of {@code scope}: what a coordinator
   * reads to decide on the offer.
   */
  @Transactional
  public Signal findOwnedOrOffered(SignalReference reference, RegionScope scope) {
    return found(signals.findInScopeOrOffered(reference, scope), reference, scope);
  }

  /** A signal offered to a region of {@code scope}, locked for the answer to the offer. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Signal findOfferedForChange(SignalReference reference, RegionScope scope) {
    return found(signals.findOfferedForChange(reference, scope), reference, scope);
  }

  private Signal found(Optional<Signal> signal, SignalReference reference, RegionScope scope) {
    if (signal.isEmpty()) {
      refused.fire(new LookupRefused(reference, scope));
      throw new UnknownSignalException();
    }
    return signal.get();
  }
}
