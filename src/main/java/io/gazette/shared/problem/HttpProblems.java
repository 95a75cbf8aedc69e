package io.gazette.shared.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/**
 * Problem documents for answers written below the REST layer (authentication challenges, body limits), where no
 * exception mapper runs, so that those refusals look like every other one.
 */
public final class HttpProblems {

    private HttpProblems() {
    }

    public static Problem of(int status, String kind, String title, String detail, String instance) {
        return new Problem("urn:gazette:problem:" + kind, title, status, detail, instance, List.of());
    }

    /** Ends the response with {@code problem} as its body and status; headers already set stay. */
    public static void send(RoutingContext context, Problem problem) {
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }

    public static Problem unauthenticated(String instance) {
        return of(401, "unauthenticated", "Unauthorized",
                "Sign in, or send a valid API token as Authorization: Bearer gz_...", instance);
    }

    public static Problem forbidden(String instance) {
        return of(403, "forbidden", "Forbidden", "Your role does not allow this request", instance);
    }

    public static Problem tooLarge(long limit, String instance) {
        return of(413, "too-large", "Request body too large",
                "The request body is larger than the " + limit + " bytes this endpoint accepts", instance);
    }
}
