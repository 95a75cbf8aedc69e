package io.gazette.shared.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.gazette.shared.problem.Problem.FieldError;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every failure that reaches the REST layer into an RFC 9457 problem document, so API clients
 * see one error format whatever went wrong.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.kind(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        if (e instanceof ConstraintViolationException cve) {
            List<FieldError> errors = ViolationFields.toFieldErrors(cve.getConstraintViolations());
            String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
            return respond(400, "validation", "Invalid request", detail, uri, errors);
        }
        LOG.error("Validation set-up failure", e);
        return respond(500, "internal", "Internal error", "The request could not be validated", uri, List.of());
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return problem(ProblemException.invalid(e.parameter(), e.problem()), uri);
    }

    /** Listed by type so it wins over Quarkus' own mapper for mismatched input, which answers plain JSON. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(400, "malformed-body", "Malformed request body", JsonProblems.detail(e), uri, JsonProblems.errors(e));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentWrite(RuntimeException e, UriInfo uri) {
        return respond(409, "stale-write", "Stale write",
                "Someone else changed this resource while you were saving; reload and try again", uri, List.of());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        return respond(status, "http-" + status, title, e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unhandled error on " + uri.getPath(), e);
        return respond(500, "internal", "Internal error", "An unexpected error occurred; it has been logged", uri, List.of());
    }

    private static Response respond(int status, String kind, String title, String detail, UriInfo uri, List<FieldError> errors) {
        Problem body = new Problem("urn:gazette:problem:" + kind, title, status, detail, uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
