package nl.waakzaam.linking.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.linking.domain.AccessRequest;
import nl.waakzaam.linking.domain.AccessRequests;
import nl.waakzaam.regions.domain.RegionScope;

/** The requests for access in PostgreSQL through JPA; each query takes the caller's regions. */
@ApplicationScoped
public class JpaAccessRequests implements AccessRequests {

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Override
  public void add(AccessRequest request) {
    em.persist(request);
  }

  @Override
  public Optional<AccessRequest> find(UUID id, RegionScope scope) {
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    return em.createQuery(
            "select r from AccessRequest r where r.id = :id"
                + " and (r.askingRegion in :regions or r.askedRegion in :regions)",
            AccessRequest.class)
        .setParameter("id", id)
        .setParameter("regions", scope.regions())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<AccessRequest> findAskedForDecision(UUID id, RegionScope asked) {
    if (asked.isEmpty()) {
      return Optional.empty();
    }
    return em.createQuery(
            "select r from AccessRequest r where r.id = :id and r.askedRegion in :regions",
            AccessRequest.class)
        .setParameter("id", id)
        .setParameter("regions", asked.regions())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<AccessRequest> of(RegionScope scope, int limit) {
    if (scope.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from AccessRequest r"
                + " where r.askingRegion in :regions or r.askedRegion in :regions"
                + " order by r.askedAt desc, r.id",
            AccessRequest.class)
        .setParameter("regions", scope.regions())
        .setMaxResults(limit)
        .setHint("eclipselink.batch", "r.signals")
        .getResultList();
  }
}
