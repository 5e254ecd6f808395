package nl.waakzaam.linking.domain;

import java.util.Objects;

/**
 * Where a signal names an entity: the field ({@code vehicles/0/licencePlate}, {@code description},
 * {@code message/3}, {@code attachment/<id>}) and the text as it was written there.
 */
public record Mention(Entity entity, String field, String asWritten) {

  public Mention {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(asWritten, "asWritten");
  }
}
