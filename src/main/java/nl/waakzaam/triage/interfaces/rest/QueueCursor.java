package nl.waakzaam.triage.interfaces.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import nl.waakzaam.intake.domain.QueuePosition;
import nl.waakzaam.shared.interfaces.rest.InvalidRequestException;
import nl.waakzaam.shared.interfaces.rest.Violation;

/** The opaque {@code after} of the queue's pages: a queue position in URL-safe Base64. */
final class QueueCursor {

  private QueueCursor() {}

  static String encode(QueuePosition position) {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, position.receivedAt());
    String plain = micros + "." + position.id();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
  }

  /** The position of {@code cursor}, or a 422 naming {@code after} if it is not one of ours. */
  static Optional<QueuePosition> decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return Optional.empty();
    }
    try {
      String plain =
          new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.US_ASCII);
      int dot = plain.indexOf('.');
      long micros = Long.parseLong(plain.substring(0, dot));
      UUID id = UUID.fromString(plain.substring(dot + 1));
      return Optional.of(new QueuePosition(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new InvalidRequestException(Violation.of("after", "query.position"));
    }
  }
}
