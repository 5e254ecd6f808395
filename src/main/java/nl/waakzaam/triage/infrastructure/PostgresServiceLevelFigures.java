package nl.waakzaam.triage.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalDouble;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.triage.domain.ServiceLevelFigures;

/** The service-level figures in one pass over a region's signals of the period (by receipt). */
@ApplicationScoped
public class PostgresServiceLevelFigures implements ServiceLevelFigures {

  /**
   * Per clock: answered at all, median and p90 of the hours, met (answered by the deadline), missed
   * (answered late, or still waiting past it), of those still waiting, and still running (waiting,
   * deadline ahead). Met + missed + running is every signal of the period.
   */
  private static final String FIGURES =
      "select count(*), "
          + measure("first_feedback_at", "feedback_due_at")
          + ", "
          + measure("decided_at", "decision_due_at")
          + " from signal where region = ?1 and received_at >= ?2 and received_at < ?3";

  private static String measure(String doneAt, String dueAt) {
    return ("count(DONE),"
            + " percentile_cont(0.5) within group (order by extract(epoch from DONE - received_at)),"
            + " percentile_cont(0.9) within group (order by extract(epoch from DONE - received_at)),"
            + " count(*) filter (where DONE <= DUE),"
            + " count(*) filter (where DUE < coalesce(DONE, ?4)),"
            + " count(*) filter (where DONE is null and DUE < ?4),"
            + " count(*) filter (where DONE is null and DUE >= ?4)")
        .replace("DONE", doneAt)
        .replace("DUE", dueAt);
  }

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
    return new Figures(count(row[0]), measure(row, 1), measure(row, 8));
  }

  private static Measure measure(Object[] row, int at) {
    return new Measure(
        count(row[at]),
        hours(row[at + 1]),
        hours(row[at + 2]),
        count(row[at + 3]),
        count(row[at + 4]),
        count(row[at + 5]),
        count(row[at + 6]));
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
