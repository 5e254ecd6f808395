package nl.waakzaam.routing.interfaces.rest;

import java.util.function.Supplier;
import nl.waakzaam.routing.domain.RuleRejectedException;
import nl.waakzaam.shared.interfaces.rest.InvalidRequestException;
import nl.waakzaam.shared.interfaces.rest.Violation;

/**
 * A rule the domain refuses, told as a violation at the field of the form that is wrong, so that
 * the console can say it next to that field.
 */
final class RuleViolations {

  private RuleViolations() {}

  static <T> T checked(Supplier<T> step) {
    try {
      return step.get();
    } catch (RuleRejectedException e) {
      throw new InvalidRequestException(
          Violation.of(pointer(e.field()), "routing-rule." + e.field()));
    }
  }

  private static String pointer(String field) {
    return switch (field) {
      case "suggestion" -> "/suggests";
      case "partners", "transferTo" -> "/suggests/" + field;
      case "postcode-range" -> "/when/postcodes";
      case "municipalities" -> "/when/municipalities";
      default -> "/" + field;
    };
  }
}
