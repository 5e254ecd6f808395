package nl.waakzaam.linking.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import nl.waakzaam.attachments.domain.FileStore;
import nl.waakzaam.linking.domain.Entity;
import nl.waakzaam.linking.domain.EntityType;
import nl.waakzaam.linking.domain.FileMentions;
import nl.waakzaam.linking.domain.Mention;

/**
 * {@link FileMentions} in PostgreSQL ({@code file_entity}): the mentions of one file as a small
 * JSON array, sealed by the {@link FileStore} with that file's key.
 */
@ApplicationScoped
public class SealedFileMentions implements FileMentions {

  @PersistenceContext(unitName = "waakzaam")
  private EntityManager em;

  @Inject private FileStore files;

  @Override
  public void keep(UUID signal, UUID attachment, UUID file, List<Mention> mentions) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Mention m : mentions) {
      array.add(
          Json.createObjectBuilder()
              .add("type", m.entity().type().name())
              .add("value", m.entity().value())
              .add("field", m.field())
              .add("asWritten", m.asWritten()));
    }
    byte[] plain = array.build().toString().getBytes(StandardCharsets.UTF_8);
    em.createNativeQuery(
            "insert into file_entity (attachment_id, signal_id, file_id, mentions_sealed)"
                + " values (?, ?, ?, ?) on conflict (attachment_id)"
                + " do update set mentions_sealed = excluded.mentions_sealed")
        .setParameter(1, attachment)
        .setParameter(2, signal)
        .setParameter(3, file)
        .setParameter(4, files.seal(file, FileStore.Derived.NAMED_ENTITIES, plain))
        .executeUpdate();
  }

  @Override
  public List<Mention> of(Collection<UUID> signals) {
    List<Mention> mentions = new ArrayList<>();
    if (signals.isEmpty()) {
      return mentions;
    }
    Query query =
        em.createNativeQuery(
            "select f.file_id, f.mentions_sealed from file_entity f"
                + " join attachment a on a.id = f.attachment_id where f.signal_id in ("
                + String.join(", ", Collections.nCopies(signals.size(), "?"))
                + ") order by a.received_at, a.id");
    int at = 1;
    for (UUID signal : signals) {
      query.setParameter(at++, signal);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    for (Object[] row : rows) {
      byte[] plain = files.open((UUID) row[0], FileStore.Derived.NAMED_ENTITIES, (byte[]) row[1]);
      try (JsonReader reader =
          Json.createReader(new StringReader(new String(plain, StandardCharsets.UTF_8)))) {
        JsonArray array = reader.readArray();
        for (JsonObject m : array.getValuesAs(JsonObject.class)) {
          mentions.add(
              new Mention(
                  new Entity(EntityType.valueOf(m.getString("type")), m.getString("value")),
                  m.getString("field"),
                  m.getString("asWritten")));
        }
      }
    }
    return mentions;
  }
}
