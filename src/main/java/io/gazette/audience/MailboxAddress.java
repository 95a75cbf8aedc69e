package io.gazette.audience;

import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A subscriber address by the rules of {@link MailboxPolicy}; the message says why one is refused. Null is valid. */
@Documented
@Constraint(validatedBy = MailboxAddress.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MailboxAddress {
    String message() default "must be a valid email address";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MailboxAddress, String> {

        @Inject
        MailboxPolicy policy;

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            MailboxPolicy.Verdict verdict = policy.check(value);
            if (!verdict.accepted() && !MailboxPolicy.INVALID.equals(verdict.refusal())) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(verdict.refusal()).addConstraintViolation();
            }
            return verdict.accepted();
        }
    }
}
