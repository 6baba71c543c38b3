package org.metalcart.api.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks {@link OneOf}; null is valid (use NotNull to require a value). */
public class OneOfValidator implements ConstraintValidator<OneOf, String> {

  private Set<String> names;
  private String message;

  @Override
  public void initialize(OneOf constraint) {
    names =
        Arrays.stream(constraint.value().getEnumConstants())
            .map(Enum::name)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    // Only the constant names go into the message template, never the client's text.
    message = "must be one of " + String.join(", ", names);
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || names.contains(value)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
    return false;
  }
}
