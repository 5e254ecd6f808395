package nl.waakzaam.shared.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A {@code timestamptz} of a native query's row, whichever type the driver gave it as. */
public final class SqlInstants {

  private SqlInstants() {}

  public static Instant of(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return (Instant) value;
  }
}
