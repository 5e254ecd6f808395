package nl.waakzaam.triage.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.regions.domain.RegionScope;
import nl.waakzaam.signal.domain.SignalStatus;
import nl.waakzaam.triage.domain.QueueQuery;
import nl.waakzaam.triage.domain.QueueRepository;
import nl.waakzaam.triage.domain.SignalSummary;

/**
 * The work queue in PostgreSQL: a JPQL query made from the {@link QueueQuery} that reads rows
 * straight into {@link SignalSummary}, and the counts per status from the table a trigger keeps.
 */
@ApplicationScoped
public class JpaQueueRepository implements QueueRepository {

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

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
}
