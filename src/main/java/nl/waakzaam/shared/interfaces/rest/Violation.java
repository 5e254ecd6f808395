package nl.waakzaam.shared.interfaces.rest;

import java.util.Map;
import java.util.Objects;

/**
 * One thing wrong with one field of a request: where (a JSON Pointer into the body, {@code ""} for
 * the body as a whole) and what (a message key with its arguments, put into words in the caller's
 * language when the answer is written).
 */
public record Violation(String field, String messageKey, Map<String, ?> arguments) {

  public Violation {
    Objects.requireNonNull(field);
    Objects.requireNonNull(messageKey);
    arguments = Map.copyOf(arguments);
  }

  public static Violation of(String field, String messageKey) {
    return new Violation(field, messageKey, Map.of());
  }

  public String message(Messages messages) {
    return messages.text(messageKey, arguments);
  }
}
