package nl.waakzaam.associations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.waakzaam.associations.domain.AssociationSignal;
import nl.waakzaam.associations.domain.AssociationSignalRepository;
import nl.waakzaam.signal.domain.Signal;

/**
 * Which association submitted a signal, for staff: its name, never the member reference, which is
 * the association's own.
 */
@ApplicationScoped
public class SubmittingAssociations {

  private AssociationSignalRepository signals;

  protected SubmittingAssociations() {}

  @Inject
  SubmittingAssociations(AssociationSignalRepository signals) {
    this.signals = signals;
  }

  /** The name of the association that submitted {@code signal}, if one did. */
  public Optional<String> nameOf(Signal signal) {
    return signals.ofSignal(signal.id()).map(AssociationSignal::associationName);
  }
}
