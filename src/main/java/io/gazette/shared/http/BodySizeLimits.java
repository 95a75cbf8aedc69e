package io.gazette.shared.http;

import io.gazette.shared.problem.HttpProblems;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Request body limits per path. Quarkus has one limit for every request ({@code quarkus.http.limits.max-body-size});
 * here that is only the ceiling, for the few endpoints that stream large uploads to disk, and every other request is
 * held to {@code gazette.http.max-body-size}: a body declared larger is refused with 413 before it is read, and a
 * chunked body is cut off at the limit while it is read.
 */
@ApplicationScoped
public class BodySizeLimits {

    /** Where Quarkus' request input stream looks for the limit of a body sent without Content-Length. */
    static final String STREAM_LIMIT_KEY = "io.quarkus.max-request-size";

    void install(@Observes Router router, BodySizeConfig config) {
        long limit = config.maxBodySize().asLongValue();
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(context -> {
            if (!config.largeUploadPaths().contains(context.normalizedPath())) {
                enforce(context, limit);
            } else {
                context.next();
            }
        });
    }

    private static void enforce(RoutingContext context, long limit) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            context.put(STREAM_LIMIT_KEY, limit);
            context.next();
        } else if (parse(declared) > limit) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            HttpProblems.send(context, HttpProblems.tooLarge(limit, context.normalizedPath()));
        } else {
            context.next();
        }
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
