package nl.waakzaam.signal.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A small set of choices from a fixed list kept in one column, comma-separated in declaration
 * order: the set is read and written whole, never queried by element. (EclipseLink cannot put an
 * attribute converter on a generic collection attribute, so the entity keeps the column text.)
 */
final class EnumSetColumn {

  private EnumSetColumn() {}

  static <E extends Enum<E>> String join(Set<E> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    return EnumSet.copyOf(values).stream().map(Enum::name).collect(Collectors.joining(","));
  }

  static <E extends Enum<E>> Set<E> split(String column, Class<E> type) {
    EnumSet<E> values = EnumSet.noneOf(type);
    if (column != null && !column.isEmpty()) {
      Arrays.stream(column.split(",")).map(name -> Enum.valueOf(type, name)).forEach(values::add);
    }
    return Collections.unmodifiableSet(values);
  }
}
