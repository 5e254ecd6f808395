package nl.waakzaam.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.waakzaam.audit.domain.AuditEntry;
import nl.waakzaam.audit.domain.AuditRecord;
import nl.waakzaam.audit.domain.AuditRepository;

/**
 * The audit trail in PostgreSQL. Appending locks the chain's head row until the transaction ends,
 * so that links are made one after the other and the chain never forks.
 */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Override
  public void append(AuditEntry entry) {
    Object[] head =
        (Object[])
            em.createNativeQuery(
                    "select last_sequence, last_hash from audit_chain_head where id = 1 for update")
                .getSingleResult();
    long sequence = ((Number) head[0]).longValue() + 1;
    AuditRecord record = AuditRecord.append(sequence, (byte[]) head[1], entry);
    em.persist(record);
    em.createNativeQuery(
            "update audit_chain_head set last_sequence = ?1, last_hash = ?2 where id = 1")
        .setParameter(1, sequence)
        .setParameter(2, record.hash())
        .executeUpdate();
  }

  @Override
  public List<AuditRecord> page(
      Set<String> regions,
      Optional<String> signalReference,
      Optional<String> actorSubject,
      Optional<Long> beforeSequence,
      int limit) {
    StringBuilder jpql =
        new StringBuilder("select r from AuditRecord r where r.region in :regions");
    signalReference.ifPresent(s -> jpql.append(" and r.signalReference = :reference"));
    actorSubject.ifPresent(s -> jpql.append(" and r.actorSubject = :actor"));
    beforeSequence.ifPresent(s -> jpql.append(" and r.sequenceNumber < :before"));
    jpql.append(" order by r.sequenceNumber desc");
    TypedQuery<AuditRecord> query =
        em.createQuery(jpql.toString(), AuditRecord.class).setParameter("regions", regions);
    signalReference.ifPresent(s -> query.setParameter("reference", s));
    actorSubject.ifPresent(s -> query.setParameter("actor", s));
    beforeSequence.ifPresent(s -> query.setParameter("before", s));
    return query.setMaxResults(limit).getResultList();
  }

  @Override
  public List<AuditRecord> inChainOrder(long afterSequence, int limit) {
    return em.createQuery(
            "select r from AuditRecord r where r.sequenceNumber > :after order by r.sequenceNumber",
            AuditRecord.class)
        .setParameter("after", afterSequence)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Head head() {
    Object[] head =
        (Object[])
            em.createNativeQuery(
                    "select last_sequence, last_hash from audit_chain_head where id = 1")
                .getSingleResult();
    return new Head(((Number) head[0]).longValue(), (byte[]) head[1]);
  }
}
