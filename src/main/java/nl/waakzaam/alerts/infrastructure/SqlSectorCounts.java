package nl.waakzaam.alerts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.waakzaam.alerts.domain.SectorCounts;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.signal.domain.Outcome;
import nl.waakzaam.signal.domain.Sector;
import nl.waakzaam.signal.domain.SignalKind;
import nl.waakzaam.signal.domain.SignalStatus;

/** One grouped query over the signals of a sector; quarters of the Dutch calendar. */
@ApplicationScoped
public class SqlSectorCounts implements SectorCounts {

  private static final String COUNTS =
      "select region, to_char(date_trunc('quarter', received_at at time zone 'Europe/Amsterdam'),"
          + " 'YYYY-\"Q\"Q'), kind, status, outcome, count(*) from signal"
          + " where sector = ? and received_at >= ?";

  private static final String GROUPED = " group by 1, 2, 3, 4, 5";

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Override
  public List<Row> count(Sector sector, Optional<Set<Region>> regions, Instant from) {
    String sql =
        COUNTS
            + regions
                .map(
                    r ->
                        " and region in ("
                            + String.join(", ", r.stream().map(x -> "?").toList())
                            + ")")
                .orElse("")
            + GROUPED;
    Query query =
        em.createNativeQuery(sql)
            .setParameter(1, sector.name())
            .setParameter(2, from.atOffset(ZoneOffset.UTC));
    if (regions.isPresent()) {
      int i = 3;
      for (Region region : regions.get()) {
        query.setParameter(i++, region.name());
      }
    }
    List<?> rows = query.getResultList();
    return rows.stream()
        .map(
            r -> {
              Object[] c = (Object[]) r;
              return new Row(
                  Region.valueOf((String) c[0]),
                  (String) c[1],
                  SignalKind.valueOf((String) c[2]),
                  SignalStatus.valueOf((String) c[3]),
                  Optional.ofNullable((String) c[4]).map(Outcome::valueOf),
                  ((Number) c[5]).longValue());
            })
        .toList();
  }
}
