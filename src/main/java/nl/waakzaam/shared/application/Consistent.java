package nl.waakzaam.shared.application;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation of the rules a request record states about itself ({@link Rules}): formats with a
 * domain meaning and rules across fields, reported at the field they concern, together with the
 * field-level constraints.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentValidator.class)
public @interface Consistent {

  String message() default "{request.inconsistent}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Implemented by a request record annotated {@link Consistent}. */
  interface Rules {

    /** Reports each broken rule to {@code report}. */
    void check(Report report);
  }

  /** Where a record reports a broken rule: a property of the record and a message key. */
  interface Report {

    void violation(String property, String messageKey);

    /** Reports {@code messageKey} at {@code property} unless {@code holds}. */
    default void require(boolean holds, String property, String messageKey) {
      if (!holds) {
        violation(property, messageKey);
      }
    }
  }
}
