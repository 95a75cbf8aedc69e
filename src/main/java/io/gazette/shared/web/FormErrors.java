package io.gazette.shared.web;

import io.gazette.shared.problem.Problem.FieldError;
import io.gazette.shared.problem.ProblemException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refused form's messages, by field, for the page to show next to each field: the same {@link FieldError}s the JSON
 * API returns as problem+json, from the same validation and the same services. A refusal about no single field
 * (a conflict, say) is the {@link #summary()}; {@link #detail()} is the refusal's own sentence either way.
 */
public record FormErrors(Map<String, String> fields, String summary, String detail) {

    public static final FormErrors NONE = new FormErrors(Map.of(), null, null);

    public static FormErrors of(ProblemException problem) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : problem.errors()) {
            fields.merge(error.field(), error.message(), (first, second) -> first + "; " + second);
        }
        return new FormErrors(Map.copyOf(fields), fields.isEmpty() ? problem.getMessage() : null, problem.getMessage());
    }

    public static FormErrors of(List<FieldError> errors) {
        return of(new ProblemException(400, "validation", "Invalid request", "invalid", errors));
    }

    public boolean any() {
        return !fields.isEmpty() || summary != null;
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String get(String field) {
        return fields.get(field);
    }
}
