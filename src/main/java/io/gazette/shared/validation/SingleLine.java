package io.gazette.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * No CR, LF or other control characters. Every value that can end up in an email header
 * (subject, display names, addresses) carries it, so header injection is refused at the door.
 */
@Documented
@Constraint(validatedBy = SingleLineValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {
    String message() default "must be a single line without control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
