package nl.waakzaam.shared.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * A uuid column that may be empty. EclipseLink's own conversion of a UUID fails on a null value
 * read from the database (4.0.7); the PostgreSQL driver reads and binds UUIDs itself, so this one
 * passes them through and lets null be null.
 */
@Converter
public class NullableUuid implements AttributeConverter<UUID, UUID> {

  @Override
  public UUID convertToDatabaseColumn(UUID value) {
    return value;
  }

  @Override
  public UUID convertToEntityAttribute(UUID value) {
    return value;
  }
}
