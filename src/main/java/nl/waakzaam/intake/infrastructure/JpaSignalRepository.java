package nl.waakzaam.intake.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.waakzaam.access.domain.RegionScope;
import nl.waakzaam.intake.domain.QueueQuery;
import nl.waakzaam.intake.domain.ReferenceTakenException;
import nl.waakzaam.intake.domain.Signal;
import nl.waakzaam.intake.domain.SignalReference;
import nl.waakzaam.intake.domain.SignalRepository;
import nl.waakzaam.intake.domain.SignalStatus;
import nl.waakzaam.intake.domain.SignalSummary;
import nl.waakzaam.intake.domain.SubmissionRepeatedException;
import nl.waakzaam.routing.domain.Region;

/** The signals in PostgreSQL through JPA. */
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

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Override
  public void add(Signal signal) {
    em.persist(new ReferenceClaim(signal.reference().value(), signal.receivedAt()));
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
  public Optional<Signal> findByReceiptCodeHash(byte[] receiptCodeHash) {
    return em.createNamedQuery("Signal.findByReceiptCodeHash", Signal.class)
        .setParameter("hash", receiptCodeHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Signal> findInScope(SignalReference reference, RegionScope scope) {
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    return em.createNamedQuery("Signal.findByReferenceInRegions", Signal.class)
        .setParameter("reference", reference.value())
        .setParameter("regions", scope.regions())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Signal> findInScopeForChange(SignalReference reference, RegionScope scope) {
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    return em.createNamedQuery("Signal.findByReferenceInRegions", Signal.class)
        .setParameter("reference", reference.value())
        .setParameter("regions", scope.regions())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SignalSummary> queue(RegionScope scope, QueueQuery query) {
    if (scope.isEmpty()) {
      return List.of();
    }
    QueueJpql jpql = QueueJpql.of(query);
    TypedQuery<SignalSummary> typed = em.createQuery(jpql.text(), SignalSummary.class);
    typed.setParameter("regions", scope.regions());
    jpql.parameters().forEach(typed::setParameter);
    return typed.setMaxResults(query.limit()).getResultList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<SignalStatus, Long> countByStatus(RegionScope scope) {
    Map<SignalStatus, Long> counts = new EnumMap<>(SignalStatus.class);
    Arrays.stream(SignalStatus.values()).forEach(status -> counts.put(status, 0L));
    if (scope.isEmpty()) {
      return counts;
    }
    List<Region> regions = List.copyOf(scope.regions());
    Query counted =
        em.createNativeQuery(
            "select status, sum(signals) from signal_status_count where region in ("
                + IntStream.rangeClosed(1, regions.size())
                    .mapToObj(i -> "?" + i)
                    .collect(Collectors.joining(","))
                + ") group by status");
    for (int i = 0; i < regions.size(); i++) {
      counted.setParameter(i + 1, regions.get(i).name());
    }
    for (Object[] row : (List<Object[]>) counted.getResultList()) {
      counts.put(SignalStatus.valueOf((String) row[0]), ((Number) row[1]).longValue());
    }
    return counts;
  }

  @Override
  public Optional<SignalReference> findBySubmissionKeyHash(byte[] submissionKeyHash) {
    return em.createNamedQuery("Signal.referenceBySubmissionKeyHash", SignalReference.class)
        .setParameter("hash", submissionKeyHash)
        .getResultStream()
        .findFirst();
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
