package nl.waakzaam.feedback.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.waakzaam.feedback.domain.ReporterNotices;
import nl.waakzaam.signal.domain.Signal;

/** The notice outbox in one table, next to the signal whose contact address it uses. */
@ApplicationScoped
public class JpaReporterNotices implements ReporterNotices {

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Override
  public void request(Signal signal, Instant at) {
    em.createNativeQuery(
            "insert into reporter_notice as n (signal_id, pending, requested_at)"
                + " values (?1, true, ?2) on conflict (signal_id) do update"
                + " set pending = true, requested_at = excluded.requested_at, attempts = 0"
                + " where not n.pending and (n.sent_at is null or n.looked_at > n.sent_at)")
        .setParameter(1, signal.id())
        .setParameter(2, at.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  @Override
  public void looked(Signal signal, Instant at) {
    em.createNativeQuery("update reporter_notice set looked_at = ?2 where signal_id = ?1")
        .setParameter(1, signal.id())
        .setParameter(2, at.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Due> claimPending(int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select n.signal_id, s.contact_email from reporter_notice n"
                    + " join signal s on s.id = n.signal_id where n.pending"
                    + " order by n.requested_at limit ?1 for update of n skip locked")
            .setParameter(1, limit)
            .getResultList();
    return rows.stream().map(row -> new Due((UUID) row[0], (String) row[1])).toList();
  }

  @Override
  public void sent(UUID signalId, Instant at) {
    em.createNativeQuery(
            "update reporter_notice set pending = false, sent_at = ?2, looked_at = null"
                + " where signal_id = ?1")
        .setParameter(1, signalId)
        .setParameter(2, at.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  @Override
  public void failed(UUID signalId, int maxAttempts) {
    em.createNativeQuery(
            "update reporter_notice set attempts = attempts + 1,"
                + " pending = attempts + 1 < ?2 where signal_id = ?1")
        .setParameter(1, signalId)
        .setParameter(2, maxAttempts)
        .executeUpdate();
  }
}
