package nl.waakzaam.linking.domain;

import java.util.Objects;

/**
 * One thing a signal names, as the key that relates signals: its type and its normalised value. Two
 * spellings of the same plate, number or address are one entity.
 */
public record Entity(EntityType type, String value) {

  public Entity {
    Objects.requireNonNull(type, "type");
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("An entity has a value");
    }
  }

  @Override
  public String toString() {
    return type + " " + value;
  }
}
