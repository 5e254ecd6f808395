package nl.waakzaam.shared.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a JSON object into a request record: bind strictly ({@link StrictJsonBinder}), then
 * validate with Bean Validation; all field violations of both steps come back together. The API
 * reads its bodies with it, and the reporter pages check their forms with the same rules by sending
 * the form's answers through it.
 */
@ApplicationScoped
public class RequestBinding {

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

  /**
   * The request record of {@code json}.
   *
   * @throws InvalidRequestException with every violation, sorted by field
   */
  public <T extends Record> T bind(JsonObject json, Class<T> type) {
    T request = binder.bind(json, type);
    Set<ConstraintViolation<T>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(
          violations.stream()
              .map(RequestBinding::toViolation)
              .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::messageKey))
              .toList());
    }
    return request;
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
