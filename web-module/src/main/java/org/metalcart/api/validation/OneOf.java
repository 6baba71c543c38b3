package org.metalcart.api.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The text must be the name of a constant of {@link #value()}. Transfer objects take enumerations
 * as text so that an unknown name (a billing cycle "WEEKLY") is a validation error naming the field
 * and the accepted names, instead of an unreadable body.
 */
@Documented
@Constraint(validatedBy = OneOfValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface OneOf {

  Class<? extends Enum<?>> value();

  String message() default "must be one of the accepted names";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
