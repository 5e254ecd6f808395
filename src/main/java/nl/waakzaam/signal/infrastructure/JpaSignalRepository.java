package nl.waakzaam.signal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.regions.domain.RegionScope;
import nl.waakzaam.signal.domain.ReferenceTakenException;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalEvent;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.SignalRepository;
import nl.waakzaam.signal.domain.SubmissionRepeatedException;

/**
 * The signals in PostgreSQL through JPA; the queries are here, beside the one place that runs them.
 */
@ApplicationScoped
public class JpaSignalRepository implements SignalRepository {

  /**
   * PostgreSQL's SQLSTATE for a unique violation, and the constraints that guard references: the
   * claim's primary key and the signal's own unique column (whichever insert comes first).
   */
  private static final String UNIQUE_VIOLATION = "23505";

  private static final String SUBMISSION_KEY = "signal_submission_key_hash_key";
  private static final List<String> REFERENCE_KEYS =
      List.of("signal_reference_pkey", "signal_reference_key");

  private static final String BY_RECEIPT_CODE_HASH =
      "select s from Signal s where s.origin.receiptCodeHash = :hash";
  private static final String REFERENCE_BY_SUBMISSION_KEY_HASH =
      "select s.reference from Signal s where s.origin.submissionKeyHash = :hash";
  private static final String BY_REFERENCE_IN_REGIONS =
      "select s from Signal s where s.reference.value = :reference and s.region in :regions";

  private static final String BY_REFERENCE_IN_OR_OFFERED_TO_REGIONS =
      "select s from Signal s where s.reference.value = :reference"
          + " and (s.region in :regions or s.transfer.to in :regions)";
  private static final String BY_REFERENCE_OFFERED_TO_REGIONS =
      "select s from Signal s where s.reference.value = :reference and s.transfer.to in :regions";
  private static final String OFFERED_TO_REGIONS =
      "select s from Signal s where s.transfer.to in :regions"
          + " order by s.transfer.offeredAt, s.reference.value";

  private static final String LATEST_OF_REGION =
      "select s from Signal s where s.region = :region and s.mergedInto is null"
          + " order by s.origin.receivedAt desc, s.id";

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Override
  public void add(Signal signal) {
    em.persist(new ReferenceClaim(signal.reference().value(), signal.origin().receivedAt()));
    em.persist(signal);
    try {
      // Written now, in the caller's transaction, so that a taken reference is known here.
      em.flush();
    } catch (PersistenceException e) {
      if (violates(e, REFERENCE_KEYS)) {
        throw new ReferenceTakenException(signal.reference());
      }
      if (violates(e, List.of(SUBMISSION_KEY))) {
        throw new SubmissionRepeatedException(null);
      }
      throw e;
    }
  }

  @Override
  public void writeAndForget(Signal signal) {
    em.flush();
    signal.history().forEach(em::detach); // its history is persisted with it, not detached with it
    em.detach(signal);
  }

  @Override
  public Signal received(SignalEvent.Received received) {
    Signal signal = em.find(Signal.class, received.signalId());
    if (signal == null) {
      throw new IllegalStateException("A received signal is not found");
    }
    return signal;
  }

  @Override
  public Set<SignalReference> taken(Collection<SignalReference> references) {
    if (references.isEmpty()) {
      return Set.of();
    }
    List<String> values = references.stream().map(SignalReference::value).toList();
    return em.createQuery(
            "select c.reference from ReferenceClaim c where c.reference in :references",
            String.class)
        .setParameter("references", values)
        .getResultStream()
        .map(v -> SignalReference.parse(v).orElseThrow())
        .collect(Collectors.toSet());
  }

  @Override
  public Optional<Signal> findByReceiptCodeHash(byte[] receiptCodeHash) {
    return em.createQuery(BY_RECEIPT_CODE_HASH, Signal.class)
        .setParameter("hash", receiptCodeHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Signal> findInScope(SignalReference reference, RegionScope scope) {
    return one(BY_REFERENCE_IN_REGIONS, reference, scope, LockModeType.NONE);
  }

  @Override
  public Optional<Signal> findInScopeForChange(SignalReference reference, RegionScope scope) {
    return one(BY_REFERENCE_IN_REGIONS, reference, scope, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public Optional<Signal> findInScopeOrOffered(SignalReference reference, RegionScope scope) {
    return one(BY_REFERENCE_IN_OR_OFFERED_TO_REGIONS, reference, scope, LockModeType.NONE);
  }

  @Override
  public Optional<Signal> findOfferedForChange(SignalReference reference, RegionScope scope) {
    return one(BY_REFERENCE_OFFERED_TO_REGIONS, reference, scope, LockModeType.PESSIMISTIC_WRITE);
  }

  /** The signal {@code jpql} finds by reference among the regions of {@code scope}, if any. */
  private Optional<Signal> one(
      String jpql, SignalReference reference, RegionScope scope, LockModeType lock) {
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    return em.createQuery(jpql, Signal.class)
        .setParameter("reference", reference.value())
        .setParameter("regions", scope.regions())
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Signal> offeredTo(RegionScope scope) {
    if (scope.isEmpty()) {
      return List.of();
    }
    return em.createQuery(OFFERED_TO_REGIONS, Signal.class)
        .setParameter("regions", scope.regions())
        .getResultList();
  }

  @Override
  public List<Signal> latestOf(Region region, int max) {
    return em.createQuery(LATEST_OF_REGION, Signal.class)
        .setParameter("region", region)
        .setMaxResults(max)
        .setHint("eclipselink.read-only", "true")
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "s.persons")
        .setHint("eclipselink.batch", "s.vehicles")
        .setHint("eclipselink.batch", "s.vessels")
        .getResultList();
  }

  @Override
  public Optional<SignalReference> findBySubmissionKeyHash(byte[] submissionKeyHash) {
    return em.createQuery(REFERENCE_BY_SUBMISSION_KEY_HASH, SignalReference.class)
        .setParameter("hash", submissionKeyHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Signal> mergedInto(Signal survivor) {
    return mergedIntoAll(List.of(survivor)).getOrDefault(survivor.id(), List.of());
  }

  @Override
  public Map<UUID, List<Signal>> mergedIntoAll(Collection<Signal> survivors) {
    Map<UUID, List<Signal>> bySurvivor = new HashMap<>();
    if (survivors.isEmpty()) {
      return bySurvivor;
    }
    em.createQuery(
            "select s from Signal s where s.mergedInto in :survivors order by s.mergedAt, s.id",
            Signal.class)
        .setParameter("survivors", survivors.stream().map(Signal::id).toList())
        .getResultStream()
        .forEach(
            s ->
                bySurvivor
                    .computeIfAbsent(s.mergedInto().orElseThrow(), k -> new ArrayList<>())
                    .add(s));
    return bySurvivor;
  }

  @Override
  public Optional<Signal> survivorOf(Signal merged) {
    return merged.mergedInto().map(id -> em.find(Signal.class, id));
  }

  @Override
  public List<Signal> byIds(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select s from Signal s where s.id in :ids order by s.reference.value", Signal.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList();
  }

  @Override
  public Map<UUID, SignalReference> referencesOf(Collection<UUID> ids) {
    Map<UUID, SignalReference> references = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("select s.id, s.reference from Signal s where s.id in :ids", Object[].class)
          .setParameter("ids", List.copyOf(ids))
          .getResultList()
          .forEach(row -> references.put((UUID) row[0], (SignalReference) row[1]));
    }
    return references;
  }

  static boolean isTakenReference(Throwable e) {
    return violates(e, REFERENCE_KEYS);
  }

  /** Whether {@code e} comes from a unique violation of one of {@code constraints}. */
  static boolean violates(Throwable e, List<String> constraints) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && UNIQUE_VIOLATION.equals(sql.getSQLState())
          && constraints.stream().anyMatch(String.valueOf(sql.getMessage())::contains)) {
        return true;
      }
    }
    return false;
  }
}
