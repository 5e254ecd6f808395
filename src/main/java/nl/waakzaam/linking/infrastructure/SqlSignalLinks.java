package nl.waakzaam.linking.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.waakzaam.linking.domain.Neighbour;
import nl.waakzaam.linking.domain.SignalLinks;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.shared.infrastructure.SqlInstants;
import nl.waakzaam.signal.domain.SignalKind;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.SignalStatus;

/** The links in {@code signal_link}, one row per pair with the smaller id first. */
@ApplicationScoped
public class SqlSignalLinks implements SignalLinks {

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Override
  public boolean add(UUID a, UUID b, String reason, String linkedBy, Instant at) {
    // PostgreSQL orders uuids as unsigned bytes, Java's UUID.compareTo as signed longs: the
    // database puts the pair in its order.
    return em.createNativeQuery(
                "insert into signal_link (signal_a, signal_b, reason, linked_by, linked_at)"
                    + " values (least(?1, ?2), greatest(?1, ?2), ?3, ?4, ?5) on conflict do nothing")
            .setParameter(1, a)
            .setParameter(2, b)
            .setParameter(3, reason)
            .setParameter(4, linkedBy)
            .setParameter(5, at.atOffset(ZoneOffset.UTC))
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean remove(UUID a, UUID b) {
    return em.createNativeQuery(
                "delete from signal_link where (signal_a = ? and signal_b = ?)"
                    + " or (signal_a = ? and signal_b = ?)")
            .setParameter(1, a)
            .setParameter(2, b)
            .setParameter(3, b)
            .setParameter(4, a)
            .executeUpdate()
        > 0;
  }

  @Override
  public List<Link> of(UUID signal) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select s.id, s.reference, s.kind, s.received_at, s.status, s.region, l.reason,"
                    + " l.linked_by, l.linked_at from signal_link l join signal s"
                    + " on s.id = case when l.signal_a = ? then l.signal_b else l.signal_a end"
                    + " where l.signal_a = ? or l.signal_b = ? order by l.linked_at desc, s.reference")
            .setParameter(1, signal)
            .setParameter(2, signal)
            .setParameter(3, signal)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Link(
                    new Neighbour(
                        (UUID) r[0],
                        SignalReference.parse((String) r[1]).orElseThrow(),
                        SignalKind.valueOf((String) r[2]),
                        SqlInstants.of(r[3]),
                        SignalStatus.valueOf((String) r[4]),
                        Region.valueOf((String) r[5])),
                    (String) r[6],
                    (String) r[7],
                    SqlInstants.of(r[8])))
        .toList();
  }
}
