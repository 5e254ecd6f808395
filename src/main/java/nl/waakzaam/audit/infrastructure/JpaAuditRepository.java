package nl.waakzaam.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.waakzaam.audit.domain.AuditEntry;
import nl.waakzaam.audit.domain.AuditRecord;
import nl.waakzaam.audit.domain.AuditRepository;
import nl.waakzaam.audit.domain.AuditSeal;
import nl.waakzaam.shared.domain.Randomness;

/**
 * The audit trail in PostgreSQL. Appending locks the chain's head row until the transaction ends,
 * so that links are made one after the other and the chain never forks.
 */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

  /** The number of chains, as the migrations made them. */
  static final int CHAINS = 8;

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Inject private AuditSeal seal;

  @Override
  public void append(AuditEntry entry) {
    Object[] head = freeHead().orElseGet(this::anyHead);
    int chain = ((Number) head[0]).intValue();
    long sequence = ((Number) head[1]).longValue() + 1;
    AuditRecord record = AuditRecord.append(chain, sequence, (byte[]) head[2], entry, seal);
    em.persist(record);
    em.createNativeQuery(
            "update audit_chain_head set last_sequence = ?1, last_hash = ?2 where id = ?3")
        .setParameter(1, sequence)
        .setParameter(2, record.hash())
        .setParameter(3, chain)
        .executeUpdate();
  }

  /** The first chain head no other transaction holds, locked for this one. */
  private Optional<Object[]> freeHead() {
    return em.createNativeQuery(
            "select id, last_sequence, last_hash from audit_chain_head order by id"
                + " limit 1 for update skip locked")
        .getResultStream()
        .findFirst()
        .map(Object[].class::cast);
  }

  /** When every chain is busy: wait for one of them, picked at random. */
  private Object[] anyHead() {
    long chain = 1 + Randomness.strong().nextInt(CHAINS);
    return (Object[])
        em.createNativeQuery(
                "select id, last_sequence, last_hash from audit_chain_head where id = ?1 for update")
            .setParameter(1, chain)
            .getSingleResult();
  }

  @Override
  public List<AuditRecord> page(
      Set<String> regions,
      Optional<String> signalReference,
      Optional<String> actorSubject,
      Optional<Long> beforePosition,
      int limit) {
    StringBuilder jpql =
        new StringBuilder(
            "select r from AuditRecord r where (r.region in :regions or r.region is null)");
    signalReference.ifPresent(s -> jpql.append(" and r.signalReference = :reference"));
    actorSubject.ifPresent(s -> jpql.append(" and r.actorSubject = :actor"));
    beforePosition.ifPresent(s -> jpql.append(" and r.position < :before"));
    jpql.append(" order by r.position desc");
    TypedQuery<AuditRecord> query =
        em.createQuery(jpql.toString(), AuditRecord.class).setParameter("regions", regions);
    signalReference.ifPresent(s -> query.setParameter("reference", s));
    actorSubject.ifPresent(s -> query.setParameter("actor", s));
    beforePosition.ifPresent(s -> query.setParameter("before", s));
    return query.setMaxResults(limit).getResultList();
  }

  @Override
  public List<AuditRecord> inChainOrder(int chain, long afterSequence, int limit) {
    return em.createQuery(
            "select r from AuditRecord r where r.chain = :chain and r.sequenceNumber > :after"
                + " order by r.sequenceNumber",
            AuditRecord.class)
        .setParameter("chain", chain)
        .setParameter("after", afterSequence)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<AuditRecord> at(int chain, long sequence) {
    return em.createQuery(
            "select r from AuditRecord r where r.chain = :chain and r.sequenceNumber = :sequence",
            AuditRecord.class)
        .setParameter("chain", chain)
        .setParameter("sequence", sequence)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Head> heads() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, last_sequence, last_hash from audit_chain_head order by id")
            .getResultList();
    return rows.stream()
        .map(r -> new Head(((Number) r[0]).intValue(), ((Number) r[1]).longValue(), (byte[]) r[2]))
        .toList();
  }
}
