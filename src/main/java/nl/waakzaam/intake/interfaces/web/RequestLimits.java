package nl.waakzaam.intake.interfaces.web;

import jakarta.validation.constraints.Size;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import nl.waakzaam.intake.application.SubmitSignalRequest;

/**
 * The longest answer a question may have, read from the {@code @Size} of the API's request: the
 * page's character counter and the API can then never disagree.
 */
final class RequestLimits {

  private RequestLimits() {}

  /** The {@code @Size(max)} at a dotted path without slots, such as {@code persons.description}. */
  static Optional<Integer> maxLength(String path) {
    Class<?> type = SubmitSignalRequest.class;
    String[] parts = path.split("\\.");
    for (int i = 0; i < parts.length; i++) {
      Optional<RecordComponent> component = component(type, parts[i]);
      if (component.isEmpty()) {
        return Optional.empty();
      }
      RecordComponent c = component.get();
      if (i == parts.length - 1) {
        Size size = c.getAccessor().getAnnotation(Size.class);
        return c.getType() == String.class && size != null
            ? Optional.of(size.max())
            : Optional.empty();
      }
      type = elementType(c);
    }
    return Optional.empty();
  }

  private static Optional<RecordComponent> component(Class<?> type, String name) {
    if (!type.isRecord()) {
      return Optional.empty();
    }
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.getName().equals(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The record of a component, or of the elements of a list component. */
  private static Class<?> elementType(RecordComponent c) {
    if (List.class.isAssignableFrom(c.getType())
        && c.getGenericType() instanceof ParameterizedType list) {
      Type element = list.getActualTypeArguments()[0];
      if (element instanceof Class<?> elementClass) {
        return elementClass;
      }
    }
    return c.getType();
  }
}
