package nl.waakzaam.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Optional;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.regions.domain.RegionScope;
import nl.waakzaam.signal.application.LookupRefused;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalRepository;

/**
 * Keeps a refused lookup in the audit trail, in a transaction of its own: the request that asked is
 * refused and rolls back, the record of its asking stays. The record names the region that holds
 * the signal, so that its auditors see who outside it asked; it says nothing of the signal.
 */
@ApplicationScoped
public class RefusedLookups {

  private AuditTrail audit;
  private SignalRepository signals;

  protected RefusedLookups() {}

  @Inject
  public RefusedLookups(AuditTrail audit, SignalRepository signals) {
    this.audit = audit;
    this.signals = signals;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void record(@Observes LookupRefused refused) {
    Optional<Region> holder =
        signals
            .findInScope(refused.reference(), new RegionScope(EnumSet.allOf(Region.class)))
            .map(Signal::region);
    audit.record(
        AuditAction.SIGNAL_LOOKUP_REFUSED,
        Optional.of(refused.reference()),
        holder,
        Optional.empty());
  }
}
