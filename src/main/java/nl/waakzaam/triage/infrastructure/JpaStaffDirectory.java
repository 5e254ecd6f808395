package nl.waakzaam.triage.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.triage.domain.StaffDirectory;

/**
 * The staff directory in one small table. A look at the queue notes its caller, but this instance
 * writes only when something changed or its last note is older than an hour: the queue stays a
 * read, and the requests of one staff member never queue behind one another on their row's lock.
 */
@ApplicationScoped
public class JpaStaffDirectory implements StaffDirectory {

  static final Duration RENEW_AFTER = Duration.ofHours(1);

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  /** What this instance wrote last, per user name. */
  private final Map<String, Noted> noted = new ConcurrentHashMap<>();

  private record Noted(String regions, boolean mayTriage, Instant at) {}

  @Override
  public void seen(String username, Set<Region> regions, boolean mayTriage, Instant at) {
    String column = column(regions);
    Noted last = noted.get(username);
    if (last != null
        && last.regions().equals(column)
        && last.mayTriage() == mayTriage
        && last.at().plus(RENEW_AFTER).isAfter(at)) {
      return;
    }
    noted.put(username, new Noted(column, mayTriage, at));
    em.createNativeQuery(
            "insert into staff_member as m (username, regions, may_triage, seen_at)"
                + " values (?1, ?2, ?3, ?4) on conflict (username) do update"
                + " set regions = excluded.regions, may_triage = excluded.may_triage,"
                + " seen_at = excluded.seen_at"
                + " where m.regions <> excluded.regions or m.may_triage <> excluded.may_triage"
                + " or m.seen_at < excluded.seen_at - interval '1 hour'")
        .setParameter(1, username)
        .setParameter(2, column)
        .setParameter(3, mayTriage)
        .setParameter(4, at.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  @Override
  public boolean mayHandle(String username, Region region) {
    return !em.createNativeQuery(
            "select 1 from staff_member where username = ?1 and may_triage"
                + " and ',' || regions || ',' like ?2")
        .setParameter(1, username)
        .setParameter(2, "%," + region.name() + ",%")
        .getResultList()
        .isEmpty();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<String> handlersIn(Set<Region> regions) {
    if (regions.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows =
        em.createNativeQuery(
                "select username, regions from staff_member where may_triage order by username")
            .getResultList();
    return rows.stream()
        .filter(
            row -> Arrays.stream(((String) row[1]).split(",")).anyMatch(r -> contains(regions, r)))
        .map(row -> (String) row[0])
        .toList();
  }

  private static boolean contains(Set<Region> regions, String name) {
    return regions.stream().anyMatch(r -> r.name().equals(name));
  }

  private static String column(Set<Region> regions) {
    return regions.stream().map(Region::name).sorted().collect(Collectors.joining(","));
  }
}
