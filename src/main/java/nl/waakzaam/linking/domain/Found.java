package nl.waakzaam.linking.domain;

/** An entity found in a text, with where it stands ({@code start} inclusive, {@code end} not). */
public record Found(Entity entity, int start, int end, String asWritten) {

  boolean overlaps(Found other) {
    return start < other.end && other.start < end;
  }
}
