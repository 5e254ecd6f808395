package nl.waakzaam.shared.application;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Runs a record's own {@link Consistent.Rules} and turns each report into a property violation. */
public class ConsistentValidator implements ConstraintValidator<Consistent, Consistent.Rules> {

  @Override
  public boolean isValid(Consistent.Rules value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    boolean[] valid = {true};
    context.disableDefaultConstraintViolation();
    value.check(
        (property, key) -> {
          valid[0] = false;
          context
              .buildConstraintViolationWithTemplate("{" + key + "}")
              .addPropertyNode(property)
              .addConstraintViolation();
        });
    return valid[0];
  }
}
