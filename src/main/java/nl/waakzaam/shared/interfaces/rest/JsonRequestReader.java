package nl.waakzaam.shared.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads every JSON request body of the API into its request record: parse (400 if it is not JSON),
 * bind strictly ({@link StrictJsonBinder}), then validate with Bean Validation; all field
 * violations of both steps come back together as one 422. No entity is ever bound from JSON.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonRequestReader implements MessageBodyReader<Record> {

  private static final JsonReaderFactory READERS =
      Json.createReaderFactory(
          Map.of(
              JsonConfig.KEY_STRATEGY,
              JsonConfig.KeyStrategy.NONE,
              "org.eclipse.parsson.rejectDuplicateKeys",
              true,
              "org.eclipse.parsson.maxDepth",
              32));

  private final StrictJsonBinder binder = new StrictJsonBinder();

  private Validator validator;

  @Inject
  void validator(ValidatorFactory factory) {
    // Request records are not entities: skip the JPA "is this property loaded?" question that the
    // default resolver asks of every property.
    validator = factory.usingContext().traversableResolver(new AlwaysReachable()).getValidator();
  }

  /** Every property of a request record is there to be validated. */
  static final class AlwaysReachable implements TraversableResolver {
    @Override
    public boolean isReachable(
        Object bean,
        Path.Node property,
        Class<?> rootType,
        Path path,
        java.lang.annotation.ElementType type) {
      return true;
    }

    @Override
    public boolean isCascadable(
        Object bean,
        Path.Node property,
        Class<?> rootType,
        Path path,
        java.lang.annotation.ElementType type) {
      return true;
    }
  }

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord() && type.getPackageName().startsWith("nl.waakzaam.");
  }

  @Override
  public Record readFrom(
      Class<Record> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream body) {
    JsonValue json = parse(body);
    if (!(json instanceof JsonObject)) {
      throw new InvalidRequestException(Violation.of("", "json.expected-object"));
    }
    Record request = binder.bind(json, type);
    Set<ConstraintViolation<Record>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(
          violations.stream()
              .map(JsonRequestReader::toViolation)
              .sorted(Comparator.comparing(Violation::field))
              .toList());
    }
    return request;
  }

  private static JsonValue parse(InputStream body) {
    try (JsonReader reader = READERS.createReader(body)) {
      return reader.readValue();
    } catch (JsonException | IllegalStateException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof BodyTooLargeException tooLarge) {
          throw tooLarge;
        }
      }
      throw new MalformedRequestException("Body is not a single JSON value");
    }
  }

  /** The property path as a JSON Pointer, the template as a message key with its attributes. */
  static Violation toViolation(ConstraintViolation<?> v) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getIndex() != null) {
        pointer.append('/').append(node.getIndex());
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        pointer.append('/').append(node.getName());
      }
    }
    String template = v.getMessageTemplate();
    String key =
        template.startsWith("{") && template.endsWith("}")
            ? template.substring(1, template.length() - 1)
            : template;
    Map<String, Object> arguments = new HashMap<>(v.getConstraintDescriptor().getAttributes());
    arguments.keySet().removeIf(k -> List.of("groups", "payload", "message").contains(k));
    arguments.replaceAll((k, value) -> value instanceof Object[] array ? List.of(array) : value);
    return new Violation(pointer.toString(), key, arguments);
  }
}
