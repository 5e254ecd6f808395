package nl.waakzaam.shared.interfaces.rest;

import java.util.Map;
import java.util.Optional;

/**
 * Query parameters read by hand, so that a malformed one is a 422 naming it (JAX-RS answers 404
 * when it cannot convert a query parameter).
 */
public final class QueryParameters {

  private QueryParameters() {}

  /** A page size from 1 to {@code max}. */
  public static int limit(String text, int max) {
    try {
      int limit = Integer.parseInt(text.trim());
      if (limit >= 1 && limit <= max) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidRequestException(new Violation("limit", "query.limit", Map.of("max", max)));
  }

  /** A positive whole number such as a sequence number, if given. */
  public static Optional<Long> position(String name, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      long value = Long.parseLong(text.trim());
      if (value > 0) {
        return Optional.of(value);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidRequestException(Violation.of(name, "query.position"));
  }
}
