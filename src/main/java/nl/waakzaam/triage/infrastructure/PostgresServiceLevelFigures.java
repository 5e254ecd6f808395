package nl.waakzaam.triage.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalDouble;
import nl.waakzaam.routing.domain.Region;
import nl.waakzaam.triage.domain.ServiceLevelFigures;

/** The service-level figures in one pass over a region's signals of the period (by receipt). */
@ApplicationScoped
public class PostgresServiceLevelFigures implements ServiceLevelFigures {

  private static final String FIGURES =
      "select count(*),"
          + " count(first_feedback_at),"
          + " percentile_cont(0.5) within group (order by extract(epoch from first_feedback_at -"
          + " received_at)),"
          + " percentile_cont(0.9) within group (order by extract(epoch from first_feedback_at -"
          + " received_at)),"
          + " count(*) filter (where feedback_due_at < coalesce(first_feedback_at, ?4)),"
          + " count(*) filter (where first_feedback_at is null and feedback_due_at < ?4),"
          + " count(decided_at),"
          + " percentile_cont(0.5) within group (order by extract(epoch from decided_at -"
          + " received_at)),"
          + " percentile_cont(0.9) within group (order by extract(epoch from decided_at -"
          + " received_at)),"
          + " count(*) filter (where decision_due_at < coalesce(decided_at, ?4)),"
          + " count(*) filter (where decided_at is null and decision_due_at < ?4)"
          + " from signal where region = ?1 and received_at >= ?2 and received_at < ?3";

  private static final double SECONDS_PER_HOUR = 3600.0;

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Override
  public Figures of(Region region, Instant from, Instant to, Instant now) {
    Object[] row =
        (Object[])
            em.createNativeQuery(FIGURES)
                .setParameter(1, region.name())
                .setParameter(2, from.atOffset(ZoneOffset.UTC))
                .setParameter(3, to.atOffset(ZoneOffset.UTC))
                .setParameter(4, now.atOffset(ZoneOffset.UTC))
                .getSingleResult();
    return new Figures(
        count(row[0]),
        new Measure(count(row[1]), hours(row[2]), hours(row[3]), count(row[4]), count(row[5])),
        new Measure(count(row[6]), hours(row[7]), hours(row[8]), count(row[9]), count(row[10])));
  }

  private static long count(Object value) {
    return ((Number) value).longValue();
  }

  private static OptionalDouble hours(Object seconds) {
    return seconds == null
        ? OptionalDouble.empty()
        : OptionalDouble.of(((Number) seconds).doubleValue() / SECONDS_PER_HOUR);
  }
}
