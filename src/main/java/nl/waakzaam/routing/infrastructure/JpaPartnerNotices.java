package nl.waakzaam.routing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.waakzaam.routing.domain.PartnerNotices;

/** The partner notices as columns of {@code forwarding_package}, claimed with skip locked. */
@ApplicationScoped
public class JpaPartnerNotices implements PartnerNotices {

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Override
  public List<Due> claimPending(int limit) {
    List<?> rows =
        em.createNativeQuery(
                "select p.id, o.mailbox from forwarding_package p"
                    + " join partner_organisation o on o.id = p.organisation_id"
                    + " where p.notice_pending and o.mailbox is not null"
                    + " order by p.forwarded_at limit ?1 for update of p skip locked")
            .setParameter(1, limit)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(row -> new Due((UUID) row[0], (String) row[1]))
        .toList();
  }

  @Override
  public void sent(UUID packageId, Instant at) {
    em.createNativeQuery(
            "update forwarding_package set notice_pending = false, notice_sent_at = ?2"
                + " where id = ?1")
        .setParameter(1, packageId)
        .setParameter(2, at.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  @Override
  public void failed(UUID packageId, int maxAttempts) {
    em.createNativeQuery(
            "update forwarding_package set notice_attempts = notice_attempts + 1,"
                + " notice_pending = notice_attempts + 1 < ?2 where id = ?1")
        .setParameter(1, packageId)
        .setParameter(2, maxAttempts)
        .executeUpdate();
  }
}
