package nl.waakzaam.triage.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A place in a sorted list of signals: the sort moment of the last signal seen (its receipt, or its
 * deadline), the order that moment belongs to, and its identifier to break ties. The next page
 * starts after it (keyset pagination).
 */
public record QueuePosition(QueueOrder order, Instant at, java.util.UUID id) {

  public QueuePosition {
    Objects.requireNonNull(order);
    Objects.requireNonNull(at);
    Objects.requireNonNull(id);
  }
}
