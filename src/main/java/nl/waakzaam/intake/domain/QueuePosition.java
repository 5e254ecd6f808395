package nl.waakzaam.intake.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A place in a list of signals ordered newest first: the receipt time of the last signal seen, and
 * its identifier to break ties. The next page starts after it (keyset pagination).
 */
public record QueuePosition(Instant receivedAt, UUID id) {

  public QueuePosition {
    Objects.requireNonNull(receivedAt);
    Objects.requireNonNull(id);
  }
}
