package nl.waakzaam.triage.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.shared.domain.Randomness;
import nl.waakzaam.triage.domain.StandardText;
import nl.waakzaam.triage.domain.StandardTexts;

/** Standard texts in one table; a region's own text wins over the national one of its key. */
@ApplicationScoped
public class JpaStandardTexts implements StandardTexts {

  private static final String HOLDING =
      "select distinct on (key) region, key, purpose, title, body from standard_text"
          + " where region = ?1 or region is null";

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Override
  public List<StandardText> forRegion(Region region) {
    return query(HOLDING + " order by key, region nulls last", region, null);
  }

  @Override
  public Optional<StandardText> find(Region region, String key) {
    return query(
            "select * from (" + HOLDING + " order by key, region nulls last) t where key = ?2",
            region,
            key)
        .stream()
        .findFirst();
  }

  @Override
  public void save(
      Region region,
      String key,
      StandardText.Purpose purpose,
      String title,
      String body,
      String by,
      Instant at) {
    em.createNativeQuery(
            "insert into standard_text (id, region, key, purpose, title, body, updated_by,"
                + " updated_at) values (?8, ?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                + " on conflict ((coalesce(region, '')), key) do update set purpose ="
                + " excluded.purpose, title = excluded.title, body = excluded.body,"
                + " updated_by = excluded.updated_by, updated_at = excluded.updated_at")
        .setParameter(1, region.name())
        .setParameter(2, key)
        .setParameter(3, purpose.name())
        .setParameter(4, title)
        .setParameter(5, body)
        .setParameter(6, by)
        .setParameter(7, at.atOffset(ZoneOffset.UTC))
        .setParameter(8, Randomness.uuid())
        .executeUpdate();
  }

  @SuppressWarnings("unchecked")
  private List<StandardText> query(String sql, Region region, String key) {
    var query = em.createNativeQuery(sql).setParameter(1, region.name());
    if (key != null) {
      query.setParameter(2, key);
    }
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            row ->
                new StandardText(
                    Optional.ofNullable((String) row[0]).map(Region::valueOf),
                    (String) row[1],
                    StandardText.Purpose.valueOf((String) row[2]),
                    (String) row[3],
                    (String) row[4]))
        .toList();
  }
}
