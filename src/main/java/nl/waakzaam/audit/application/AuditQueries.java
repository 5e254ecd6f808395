package nl.waakzaam.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.waakzaam.access.application.CurrentUser;
import nl.waakzaam.audit.domain.AuditRecord;
import nl.waakzaam.audit.domain.AuditRepository;
import nl.waakzaam.audit.domain.ChainVerification;
import nl.waakzaam.routing.domain.Region;

/** What an auditor asks of the trail: its records about their regions, and whether it is intact. */
@ApplicationScoped
public class AuditQueries {

  static final int VERIFICATION_BATCH = 1_000;

  private CurrentUser user;
  private AuditRepository records;

  protected AuditQueries() {}

  @Inject
  public AuditQueries(CurrentUser user, AuditRepository records) {
    this.user = user;
    this.records = records;
  }

  /** Records about the caller's regions, newest first. */
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
    return records.page(regions, signalReference, actorSubject, before, limit).stream()
        .map(AuditRecordView::of)
        .toList();
  }

  /**
   * Checks every chain, in batches. Reports counts and places only, so it shows nothing of any
   * region.
   */
  @Transactional
  public ChainVerification.Result verify() {
    user.staff();
    ChainVerification.Result result = new ChainVerification.Result(0, java.util.Optional.empty());
    for (AuditRepository.Head head : records.heads()) {
      result = result.and(verify(head));
    }
    return result;
  }

  private ChainVerification.Result verify(AuditRepository.Head head) {
    ChainVerification verification = new ChainVerification(head.chain());
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
