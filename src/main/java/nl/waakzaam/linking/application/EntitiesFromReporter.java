package nl.waakzaam.linking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.waakzaam.linking.domain.EntityIndex;
import nl.waakzaam.regions.domain.RegionScope;
import nl.waakzaam.signal.domain.SignalEvent;
import nl.waakzaam.signal.domain.SignalRepository;

/**
 * Indexes what a reporter names after the report (an answer, something added), in the transaction
 * that stores the message: the plate in "it was the same van, 52-KLM-9" relates the signal as the
 * plate field would.
 */
@ApplicationScoped
class EntitiesFromReporter {

  private SignalRepository signals;
  private EntityIndex index;
  private NamedBySignal named;

  protected EntitiesFromReporter() {}

  @Inject
  EntitiesFromReporter(SignalRepository signals, EntityIndex index, NamedBySignal named) {
    this.signals = signals;
    this.index = index;
    this.named = named;
  }

  void replied(@Observes SignalEvent.ReporterReplied replied) {
    signals
        .findInScope(replied.reference(), RegionScope.of(replied.region()))
        .ifPresent(
            signal -> index.replace(signal.id(), NamedBySignal.MESSAGES, named.inMessages(signal)));
  }
}
