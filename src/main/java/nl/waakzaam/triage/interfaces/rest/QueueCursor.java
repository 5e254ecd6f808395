package nl.waakzaam.triage.interfaces.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.shared.interfaces.rest.InvalidRequestException;
import nl.waakzaam.shared.interfaces.rest.Violation;
import nl.waakzaam.triage.domain.QueueOrder;
import nl.waakzaam.triage.domain.QueuePosition;

/**
 * The opaque {@code after} of the queue's pages: the order and a position in it, in URL-safe
 * Base64.
 */
final class QueueCursor {

  private QueueCursor() {}

  static String encode(QueuePosition position) {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, position.at());
    String plain = position.order().name() + "." + micros + "." + position.id();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * The position of {@code cursor} in a list sorted by {@code order}, or a 422 naming {@code after}
   * if it is not one of ours or belongs to another order.
   */
  static Optional<QueuePosition> decode(String cursor, QueueOrder order) {
    if (cursor == null || cursor.isBlank()) {
      return Optional.empty();
    }
    try {
      String plain =
          new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.US_ASCII);
      String[] parts = plain.split("\\.", 3);
      if (!order.name().equals(parts[0])) {
        throw new IllegalArgumentException("another order");
      }
      long micros = Long.parseLong(parts[1]);
      UUID id = UUID.fromString(parts[2]);
      return Optional.of(
          new QueuePosition(order, Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new InvalidRequestException(Violation.of("after", "query.position"));
    }
  }
}
