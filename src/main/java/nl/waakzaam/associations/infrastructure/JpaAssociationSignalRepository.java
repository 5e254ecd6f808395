package nl.waakzaam.associations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.associations.domain.AssociationSignal;
import nl.waakzaam.associations.domain.AssociationSignalRepository;
import nl.waakzaam.signal.domain.Signal;
import nl.waakzaam.signal.domain.SignalReference;

/** Association signals in PostgreSQL; a page is one indexed range of (changed at, signal id). */
@ApplicationScoped
public class JpaAssociationSignalRepository implements AssociationSignalRepository {

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Override
  public void add(AssociationSignal signal) {
    em.persist(signal);
  }

  @Override
  public List<AssociationSignal> ofBatch(UUID batchId) {
    return em.createQuery(
            "select a from AssociationSignal a where a.batchId = :batch order by a.itemIndex",
            AssociationSignal.class)
        .setParameter("batch", batchId)
        .getResultList();
  }

  @Override
  public List<AssociationSignal> page(
      String association, Optional<Instant> changedSince, Optional<Position> after, int limit) {
    StringBuilder jpql =
        new StringBuilder("select a from AssociationSignal a where a.association = :association");
    if (changedSince.isPresent()) {
      jpql.append(" and a.changedAt > :since");
    }
    if (after.isPresent()) {
      jpql.append(
          " and (a.changedAt > :afterAt or (a.changedAt = :afterAt and (a.batchId > :afterBatch"
              + " or (a.batchId = :afterBatch and a.itemIndex > :afterIndex))))");
    }
    jpql.append(" order by a.changedAt, a.batchId, a.itemIndex");
    TypedQuery<AssociationSignal> query =
        em.createQuery(jpql.toString(), AssociationSignal.class)
            .setParameter("association", association)
            .setMaxResults(limit);
    changedSince.ifPresent(t -> query.setParameter("since", t.atOffset(ZoneOffset.UTC)));
    after.ifPresent(
        p ->
            query
                .setParameter("afterAt", p.changedAt().atOffset(ZoneOffset.UTC))
                .setParameter("afterBatch", p.batchId())
                .setParameter("afterIndex", p.itemIndex()));
    return query.getResultList();
  }

  @Override
  public Optional<AssociationSignal> findOwn(String association, SignalReference reference) {
    return em.createQuery(
            "select a from AssociationSignal a, Signal s where s.id = a.signalId"
                + " and s.reference.value = :reference and a.association = :association",
            AssociationSignal.class)
        .setParameter("reference", reference.value())
        .setParameter("association", association)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<AssociationSignal> ofSignal(UUID signalId) {
    return Optional.ofNullable(em.find(AssociationSignal.class, signalId));
  }

  @Override
  public List<Signal> signals(List<UUID> signalIds) {
    if (signalIds.isEmpty()) {
      return List.of();
    }
    // Their histories in one more query (EclipseLink's batch reading), not one per signal.
    return em.createQuery("select s from Signal s where s.id in :ids", Signal.class)
        .setParameter("ids", signalIds)
        .setHint("eclipselink.batch", "s.history")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }

  @Override
  public Optional<AssociationSignal> changed(SignalReference reference, Instant at) {
    Optional<AssociationSignal> own =
        em.createQuery(
                "select a from AssociationSignal a, Signal s where s.id = a.signalId"
                    + " and s.reference.value = :reference",
                AssociationSignal.class)
            .setParameter("reference", reference.value())
            .getResultStream()
            .findFirst();
    own.ifPresent(a -> a.changed(at));
    return own;
  }
}
