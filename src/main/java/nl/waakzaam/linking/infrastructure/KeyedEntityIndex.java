package nl.waakzaam.linking.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.waakzaam.linking.domain.Entity;
import nl.waakzaam.linking.domain.EntityIndex;
import nl.waakzaam.linking.domain.Mention;
import nl.waakzaam.linking.domain.Neighbour;
import nl.waakzaam.regions.domain.Region;
import nl.waakzaam.shared.config.Setting;
import nl.waakzaam.shared.config.Settings;
import nl.waakzaam.shared.infrastructure.SqlInstants;
import nl.waakzaam.signal.domain.SignalKind;
import nl.waakzaam.signal.domain.SignalReference;
import nl.waakzaam.signal.domain.SignalStatus;

/**
 * The entity index in PostgreSQL ({@code signal_entity}), each value kept as HMAC-SHA-256 under a
 * key derived from the server secret, so that equal values meet and the table lists none.
 */
@ApplicationScoped
public class KeyedEntityIndex implements EntityIndex {

  private static final String ALGORITHM = "HmacSHA256";

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Inject private Settings settings;

  private SecretKeySpec key;

  @PostConstruct
  void deriveKey() {
    key =
        new SecretKeySpec(
            mac(
                new SecretKeySpec(settings.secretKey(Setting.RECEIPT_SECRET), ALGORITHM),
                "waakzaam/linking/v1"),
            ALGORITHM);
  }

  /** Rows per statement: four parameters each, far below PostgreSQL's 65,535. */
  static final int ROWS_PER_STATEMENT = 1000;

  @Override
  public void addAll(Map<UUID, List<Mention>> bySignal) {
    List<Object[]> rows = new ArrayList<>();
    bySignal.forEach(
        (signal, mentions) -> {
          Set<String> seen = new HashSet<>();
          for (Mention m : mentions) {
            if (seen.add(m.entity() + "\u0000" + m.field())) {
              rows.add(
                  new Object[] {signal, m.entity().type().name(), keyOf(m.entity()), m.field()});
            }
          }
        });
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
      insert(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
    }
  }

  @Override
  public void replace(UUID signal, String fieldPrefix, List<Mention> mentions) {
    if (mentions.stream().anyMatch(m -> !m.field().startsWith(fieldPrefix))) {
      throw new IllegalArgumentException("A mention outside " + fieldPrefix);
    }
    em.createNativeQuery("delete from signal_entity where signal_id = ? and starts_with(field, ?)")
        .setParameter(1, signal)
        .setParameter(2, fieldPrefix)
        .executeUpdate();
    addAll(Map.of(signal, mentions));
  }

  private void insert(List<Object[]> rows) {
    String values = String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?)"));
    Query insert =
        em.createNativeQuery(
            "insert into signal_entity (signal_id, entity_type, entity_key, field) values "
                + values);
    int at = 1;
    for (Object[] row : rows) {
      for (Object value : row) {
        insert.setParameter(at++, value);
      }
    }
    insert.executeUpdate();
  }

  @Override
  public Map<Entity, List<Neighbour>> neighbours(UUID signal, Collection<Entity> entities) {
    Map<Entity, List<Neighbour>> neighbours = new LinkedHashMap<>();
    if (entities.isEmpty()) {
      return neighbours;
    }
    Map<String, Entity> byKey = new HashMap<>();
    for (Entity e : entities) {
      byKey.put(e.type().name() + ":" + HexFormat.of().formatHex(keyOf(e)), e);
      neighbours.put(e, new ArrayList<>());
    }
    String pairs = String.join(", ", Collections.nCopies(byKey.size(), "(?, ?)"));
    Query query =
        em.createNativeQuery(
            "select distinct e.entity_type, e.entity_key, s.id, s.reference, s.kind,"
                + " s.received_at, s.status, s.region from signal_entity e"
                + " join signal m on m.id = e.signal_id"
                + " join signal s on s.id = coalesce(m.merged_into, m.id)"
                + " where (e.entity_type, e.entity_key) in ("
                + pairs
                + ") and m.id <> ? and s.id <> ? order by s.received_at desc, s.reference");
    int at = 1;
    for (Entity e : byKey.values()) {
      query.setParameter(at++, e.type().name());
      query.setParameter(at++, keyOf(e));
    }
    query.setParameter(at++, signal);
    query.setParameter(at, signal);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    for (Object[] row : rows) {
      Entity entity = byKey.get(row[0] + ":" + HexFormat.of().formatHex((byte[]) row[1]));
      neighbours
          .get(entity)
          .add(
              new Neighbour(
                  (UUID) row[2],
                  SignalReference.parse((String) row[3]).orElseThrow(),
                  SignalKind.valueOf((String) row[4]),
                  SqlInstants.of(row[5]),
                  SignalStatus.valueOf((String) row[6]),
                  Region.valueOf((String) row[7])));
    }
    return neighbours;
  }

  private byte[] keyOf(Entity entity) {
    return mac(key, entity.type().name() + "\u0000" + entity.value());
  }

  private static byte[] mac(SecretKeySpec key, String text) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }
}
