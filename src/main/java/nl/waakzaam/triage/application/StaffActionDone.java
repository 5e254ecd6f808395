package nl.waakzaam.triage.application;

import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.SignalStatus;

/** What a staff action left: the signal's reference and its status, read inside the transaction. */
public record StaffActionDone(SignalReference reference, SignalStatus status) {

  static StaffActionDone of(Signal signal) {
    return new StaffActionDone(signal.reference(), signal.status());
  }
}
