package io.gazette.shared.web;

import io.gazette.shared.problem.ViolationFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Set;

/**
 * Checks a page's form, once turned into the API's request record, with the very Bean Validation rules the JSON API
 * applies to that record, and refuses it the same way (a {@link ProblemException} naming each field).
 */
@ApplicationScoped
public class FormValidation {

    private final Validator validator;

    public FormValidation(Validator validator) {
        this.validator = validator;
    }

    public <T> T check(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        FormValues.refuseIfAny(ViolationFields.toFieldErrors(violations));
        return request;
    }
}
