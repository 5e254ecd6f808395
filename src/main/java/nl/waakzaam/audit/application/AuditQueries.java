package nl.waakzaam.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.audit.domain.AuditAction;
import nl.waakzaam.audit.domain.AuditRecord;
import nl.waakzaam.audit.domain.AuditRepository;
import nl.waakzaam.audit.domain.AuditSeal;
import nl.waakzaam.audit.domain.ChainVerification;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.signal.domain.SignalReference;

/** What an auditor asks of the trail: its records about their regions, and whether it is intact. */
@ApplicationScoped
public class AuditQueries {

  static final int VERIFICATION_BATCH = 1_000;

  private CurrentUser user;
  private AuditRepository records;
  private AuditTrail audit;
  private AuditSeal seal;

  protected AuditQueries() {}

  @Inject
  public AuditQueries(CurrentUser user, AuditRepository records, AuditTrail audit, AuditSeal seal) {
    this.user = user;
    this.records = records;
    this.audit = audit;
    this.seal = seal;
  }

  /**
   * Records about the caller's regions and those about no region (reads of the trail itself, asks
   * for signals that do not exist), newest first. The reading is itself recorded.
   */
  @Transactional
  public List<AuditRecordView> page(
      Optional<String> signalReference,
      Optional<String> actorSubject,
      Optional<Long> before,
      int limit) {
    Set<String> regions =
        user.staff().scope().regions().stream().map(Region::name).collect(Collectors.toSet());
    if (regions.isEmpty()) {
      return List.of();
    }
    List<AuditRecordView> page =
        records.page(regions, signalReference, actorSubject, before, limit).stream()
            .map(AuditRecordView::of)
            .toList();
    // Recorded after the reading, so that the page holds what was there before it.
    audit.record(
        AuditAction.AUDIT_TRAIL_READ,
        signalReference.flatMap(SignalReference::parse),
        Optional.empty(),
        actorSubject.map(a -> "records by " + a));
    return page;
  }

  /**
   * Checks every chain, in batches. Reports counts and places only, so it shows nothing of any
   * region.
   */
  @Transactional
  public ChainVerification.Result verify() {
    audit.record(
        AuditAction.AUDIT_TRAIL_VERIFIED, Optional.empty(), Optional.empty(), Optional.empty());
    ChainVerification.Result result = ChainVerification.Result.NONE;
    for (AuditRepository.Head head : records.heads()) {
      result = result.and(verify(head));
    }
    return result;
  }

  private ChainVerification.Result verify(AuditRepository.Head head) {
    ChainVerification verification = new ChainVerification(head.chain(), seal);
    long after = 0;
    List<AuditRecord> batch;
    do {
      batch = records.inChainOrder(head.chain(), after, VERIFICATION_BATCH);
      batch.forEach(verification::accept);
      if (!batch.isEmpty()) {
        after = batch.get(batch.size() - 1).sequenceNumber();
      }
    } while (batch.size() == VERIFICATION_BATCH);
    return verification.finish(head.lastSequence(), head.lastHash());
  }
}
