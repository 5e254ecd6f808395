package nl.waakzaam.shared.interfaces.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.waakzaam.shared.domain.PlainText;

/**
 * Binds a JSON document to a request record, strictly: an unknown field, a value of the wrong type,
 * an unknown choice or a malformed date is a {@link Violation} at its JSON Pointer, and all of them
 * are reported together. Strings are trimmed (blank is absent) and may not hold control characters
 * other than tab and line breaks, bidirectional overrides, or broken surrogate pairs.
 *
 * <p>Supported component types: {@code String}, {@code Boolean}, {@code Integer}, {@code Long},
 * {@code BigDecimal}, enums (by constant name), {@code LocalDate}, {@code LocalTime}, {@code
 * LocalDateTime} (ISO-8601), {@code List} and {@code Set} of those, and nested records. Constraints
 * beyond the type (required, length, format) are Bean Validation's job afterwards.
 */
public final class StrictJsonBinder {

  /** Binds {@code json} to {@code type}, or throws with every violation found. */
  public <T extends Record> T bind(JsonValue json, Class<T> type) {
    List<Violation> violations = new ArrayList<>();
    Object value = read(json, type, "", violations);
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(violations);
    }
    return type.cast(value);
  }

  private Object read(JsonValue json, Type type, String pointer, List<Violation> violations) {
    if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    Class<?> raw = rawClass(type);
    if (raw == String.class) {
      return text(json, pointer, violations);
    }
    if (raw == Boolean.class) {
      return bool(json, pointer, violations);
    }
    if (raw == Integer.class || raw == Long.class) {
      return whole(json, raw, pointer, violations);
    }
    if (raw == BigDecimal.class) {
      return json instanceof JsonNumber n
          ? n.bigDecimalValue()
          : expected(violations, pointer, "number");
    }
    if (raw.isEnum()) {
      return choice(json, raw, pointer, violations);
    }
    if (raw == LocalDate.class) {
      return temporal(json, pointer, violations, LocalDate::parse, "date");
    }
    if (raw == LocalTime.class) {
      return temporal(json, pointer, violations, LocalTime::parse, "time");
    }
    if (raw == LocalDateTime.class) {
      return temporal(json, pointer, violations, LocalDateTime::parse, "date-time");
    }
    if (raw == List.class || raw == Set.class) {
      return collection(json, raw, type, pointer, violations);
    }
    if (raw.isRecord()) {
      return record(json, raw, pointer, violations);
    }
    throw new IllegalStateException("Request records may not use " + type);
  }

  private Object record(JsonValue json, Class<?> type, String pointer, List<Violation> violations) {
    if (!(json instanceof JsonObject object)) {
      return expected(violations, pointer, "object");
    }
    RecordShape shape = SHAPES.get(type);
    object.keySet().stream()
        .filter(key -> !shape.names().contains(key))
        .sorted()
        .forEach(key -> violations.add(Violation.of(child(pointer, key), "json.unknown-field")));
    RecordComponent[] components = shape.components();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      values[i] =
          read(
              object.get(c.getName()), c.getGenericType(), child(pointer, c.getName()), violations);
    }
    try {
      return shape.constructor().newInstance(values);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "Request record " + type + " refused its values", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Request record " + type + " cannot be built", e);
    }
  }

  /** A record's components, their names and its canonical constructor, looked up once per class. */
  private record RecordShape(
      RecordComponent[] components, Set<String> names, Constructor<?> constructor) {}

  private static final ClassValue<RecordShape> SHAPES =
      new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          Class<?>[] types =
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
          try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return new RecordShape(
                components,
                Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet()),
                constructor);
          } catch (NoSuchMethodException e) {
            throw new IllegalStateException(
                "Request record " + type + " has no canonical constructor", e);
          }
        }
      };

  private Object collection(
      JsonValue json, Class<?> raw, Type type, String pointer, List<Violation> violations) {
    if (!(json instanceof JsonArray array)) {
      return expected(violations, pointer, "array");
    }
    Type elementType = ((ParameterizedType) type).getActualTypeArguments()[0];
    List<Object> elements = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String at = pointer + "/" + i;
      if (array.isNull(i)) {
        violations.add(Violation.of(at, "json.null-element"));
      } else {
        elements.add(read(array.get(i), elementType, at, violations));
      }
    }
    return raw == Set.class ? new LinkedHashSet<>(elements) : elements;
  }

  private Object text(JsonValue json, String pointer, List<Violation> violations) {
    if (!(json instanceof JsonString s)) {
      return expected(violations, pointer, "string");
    }
    String value = s.getString();
    if (!isPlainText(value)) {
      violations.add(Violation.of(pointer, "json.control-character"));
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  private Object bool(JsonValue json, String pointer, List<Violation> violations) {
    if (json == JsonValue.TRUE) {
      return Boolean.TRUE;
    }
    if (json == JsonValue.FALSE) {
      return Boolean.FALSE;
    }
    return expected(violations, pointer, "boolean");
  }

  private Object whole(JsonValue json, Class<?> raw, String pointer, List<Violation> violations) {
    if (!(json instanceof JsonNumber n)) {
      return expected(violations, pointer, "integer");
    }
    BigDecimal number = n.bigDecimalValue();
    // Look at the magnitude first: 1e999999999 is a whole number too, and must not be expanded.
    if (number.precision() - number.scale() > 19) {
      violations.add(Violation.of(pointer, "json.number-too-large"));
      return null;
    }
    BigDecimal normal = number.stripTrailingZeros();
    if (normal.scale() > 0) {
      return expected(violations, pointer, "integer");
    }
    try {
      long value = normal.longValueExact();
      return raw == Integer.class ? (Object) Math.toIntExact(value) : (Object) value;
    } catch (ArithmeticException e) {
      violations.add(Violation.of(pointer, "json.number-too-large"));
      return null;
    }
  }

  private Object choice(JsonValue json, Class<?> type, String pointer, List<Violation> violations) {
    Object[] constants = type.getEnumConstants();
    if (json instanceof JsonString s) {
      for (Object constant : constants) {
        if (((Enum<?>) constant).name().equals(s.getString())) {
          return constant;
        }
      }
    }
    String allowed =
        Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    violations.add(new Violation(pointer, "json.unknown-choice", Map.of("allowed", allowed)));
    return null;
  }

  private Object temporal(
      JsonValue json,
      String pointer,
      List<Violation> violations,
      Function<String, Object> parser,
      String format) {
    if (json instanceof JsonString s) {
      try {
        return parser.apply(s.getString().strip());
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    violations.add(Violation.of(pointer, "json.expected-" + format));
    return null;
  }

  private static Object expected(List<Violation> violations, String pointer, String what) {
    violations.add(Violation.of(pointer, "json.expected-" + what));
    return null;
  }

  /** Plain text as {@link PlainText#isPlain(String)} defines it. */
  public static boolean isPlainText(String value) {
    return PlainText.isPlain(value);
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalStateException("Request records may not use " + type);
  }

  /** RFC 6901: {@code ~} and {@code /} in a key are escaped. */
  private static String child(String pointer, String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }
}
