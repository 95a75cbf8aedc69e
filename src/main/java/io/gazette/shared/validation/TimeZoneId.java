package io.gazette.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A region-based time zone id such as {@code Europe/Lisbon}. Null is valid. */
@Documented
@Constraint(validatedBy = TimeZoneIdValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface TimeZoneId {
    String message() default "must be a time zone id such as Europe/Lisbon";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
