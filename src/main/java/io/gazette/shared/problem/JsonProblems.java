package io.gazette.shared.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.gazette.shared.problem.Problem.FieldError;

import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Says what is wrong with a JSON body in the client's terms: the field, as the client spelled it, and the JSON it
 * should have sent. Jackson's own messages name Java classes, which mean nothing outside this code base.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    /** The field at fault, when there is one. */
    static Optional<FieldError> fieldError(JsonProcessingException e) {
        if (!(e instanceof MismatchedInputException mismatch)) {
            return Optional.empty();
        }
        String field = JsonPaths.of(mismatch);
        if (field.isEmpty()) {
            return Optional.empty();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Optional.of(new FieldError(field, "is not a field of this request; known fields: "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList()));
        }
        return Optional.of(new FieldError(field, "must be " + expected(mismatch.getTargetType())));
    }

    static String detail(JsonProcessingException e) {
        Optional<FieldError> field = fieldError(e);
        if (field.isPresent()) {
            return field.get().field() + ": " + field.get().message();
        }
        if (e instanceof MismatchedInputException mismatch) {
            return "The request body must be " + expected(mismatch.getTargetType());
        }
        JsonLocation at = e.getLocation();
        return "The request body is not valid JSON"
                + (at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }

    /** The JSON a field of this Java type takes. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "text (a JSON string)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
        }
        if (Temporal.class.isAssignableFrom(type) || TemporalAmount.class.isAssignableFrom(type)) {
            return "an ISO 8601 date or time, as a JSON string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list (a JSON array)";
        }
        if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
            return "an object (a JSON object)";
        }
        return "of another type";
    }

    static List<FieldError> errors(JsonProcessingException e) {
        return fieldError(e).map(List::of).orElse(List.of());
    }
}
