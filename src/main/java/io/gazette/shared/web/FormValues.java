package io.gazette.shared.web;

import io.gazette.shared.problem.Problem.FieldError;
import io.gazette.shared.problem.ProblemException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How a browser's form values become request fields: an empty or blank field is an absent value. */
public final class FormValues {

    private FormValues() {
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Null for an empty field, otherwise the value without surrounding spaces. */
    public static String orNull(String value) {
        return isBlank(value) ? null : value.strip();
    }

    /**
     * The choice a select or radio sent, as its enum constant (case-insensitive); null when empty. A value that names
     * no constant adds an error for {@code field} to {@code errors} and gives null, so every field is checked at once.
     */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field, List<FieldError> errors) {
        try {
            return isBlank(value) ? null : Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "is not one of the choices"));
            return null;
        }
    }

    /**
     * Refuses a form, as the API refuses a request, when reading it found errors (from {@link #choice} and the like),
     * so that every field's message comes back at once.
     */
    public static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid request", "the form has errors", errors);
        }
    }

    /** {@code path} with the non-blank {@code parameters} as its query, each name and value URL-encoded. */
    public static String withQuery(String path, Map<String, String> parameters) {
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (!isBlank(parameter.getValue())) {
                url.append(separator).append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(parameter.getValue().strip(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return url.toString();
    }
}
