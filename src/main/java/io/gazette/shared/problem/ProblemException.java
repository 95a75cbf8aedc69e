package io.gazette.shared.problem;

import io.gazette.shared.problem.Problem.FieldError;

import java.util.List;

/**
 * Base of every error the services raise on purpose; the single mapper turns it into problem+json.
 * The {@code kind} becomes the problem type {@code urn:gazette:problem:<kind>}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String kind;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String kind, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(int status, String kind, String title, String detail) {
        this(status, kind, title, detail, List.of());
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail);
    }

    public static ProblemException staleWrite(long expected, long actual) {
        return new ProblemException(409, "stale-write", "Stale write",
                "You edited version " + expected + " but the stored version is " + actual
                        + "; reload and apply your change again");
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
