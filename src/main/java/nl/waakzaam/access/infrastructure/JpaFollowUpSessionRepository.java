package nl.waakzaam.access.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import nl.waakzaam.access.domain.FollowUpSession;
import nl.waakzaam.access.domain.FollowUpSessionRepository;

/** Follow-up sessions in PostgreSQL: stateless instances share them. */
@ApplicationScoped
public class JpaFollowUpSessionRepository implements FollowUpSessionRepository {

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Override
  public void add(FollowUpSession session) {
    em.persist(session);
  }

  @Override
  public Optional<FollowUpSession> findByTokenHash(String tokenHash) {
    return Optional.ofNullable(em.find(FollowUpSession.class, tokenHash));
  }

  @Override
  public void remove(FollowUpSession session) {
    em.remove(session);
  }

  @Override
  public java.util.List<FollowUpSession> of(nl.waakzaam.signal.domain.Signal signal) {
    return em.createNamedQuery("FollowUpSession.ofSignal", FollowUpSession.class)
        .setParameter("signal", signal)
        .getResultList();
  }

  @Override
  public int removeAllOf(nl.waakzaam.signal.domain.Signal signal) {
    return em.createNamedQuery("FollowUpSession.deleteOfSignal")
        .setParameter("signal", signal)
        .executeUpdate();
  }

  @Override
  public int removeExpired(Instant now) {
    return em.createNamedQuery("FollowUpSession.deleteExpired")
        .setParameter("now", now.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }
}
