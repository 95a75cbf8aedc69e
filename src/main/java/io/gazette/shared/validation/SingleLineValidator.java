package io.gazette.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class SingleLineValidator implements ConstraintValidator<SingleLine, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isSingleLine(value);
    }

    public static boolean isSingleLine(String value) {
        return value.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }
}
