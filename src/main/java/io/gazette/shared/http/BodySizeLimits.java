package io.gazette.shared.http;

import io.gazette.shared.problem.HttpProblems;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;

/**
 * Request body limits per path. Quarkus has one limit for every request ({@code quarkus.http.limits.max-body-size});
 * here that is only the ceiling, for the few endpoints that stream large uploads to disk, and every other request is
 * held to {@code gazette.http.max-body-size}: a body declared larger is refused with 413 before it is read, and a
 * chunked body is read into memory up to the limit and refused with 413 when it goes past it. On the upload paths a
 * body declared larger than the ceiling is refused here too, ahead of Quarkus's own check, whose 413 has no body.
 */
@ApplicationScoped
public class BodySizeLimits {

    void install(@Observes Router router, BodySizeConfig config,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize ceilingSize) {
        long limit = config.maxBodySize().asLongValue();
        long ceiling = ceilingSize.asLongValue();
        // A body without Content-Length is read whole, up to the limit, before the endpoint sees it. Left to the REST
        // layer's own stream limit, the refusal surfaced as an exception in the middle of reading JSON: logged as a
        // server error, then a second error when the 500 could not be written over the 413 already sent.
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(limit);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(context -> {
            if (!config.largeUploadPaths().contains(context.normalizedPath())) {
                enforce(context, limit, chunked);
            } else if (declaredAbove(context, ceiling)) {
                refuse(context, ceiling);
            } else {
                context.next();
            }
        });
    }

    private static void enforce(RoutingContext context, long limit, BodyHandler chunked) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null && isMultipart(context)) {
            // Reading a multipart body here would leave the REST layer's own multipart reader waiting for a body that
            // was already consumed: the request hung. Multipart goes on to that reader, which writes files to disk
            // under the ceiling, as it did before bodies without Content-Length were read here.
            context.next();
        } else if (declared == null) {
            chunked.handle(context);
        } else if (parse(declared) > limit) {
            refuse(context, limit);
        } else {
            context.next();
        }
    }

    private static boolean declaredAbove(RoutingContext context, long limit) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        return declared != null && parse(declared) > limit;
    }

    private static void refuse(RoutingContext context, long limit) {
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        HttpProblems.send(context, HttpProblems.tooLarge(limit, context.normalizedPath()));
    }

    private static boolean isMultipart(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
