package io.gazette.security.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.util.Optional;

/**
 * Every redirect to this application goes out relative ({@code Location: /subscribe/x/thanks}). JAX-RS and form login
 * turn a relative location into an absolute one built from the request's {@code Host} header, which the client
 * chooses: {@code Host: evil.example} would come back as {@code Location: http://evil.example/...} (a poisoned cache
 * or a link in a proxied page would then send visitors there). A relative location needs no host, so the header the
 * client sent is never echoed. Locations on other hosts are left alone.
 */
@ApplicationScoped
public class RelativeRedirects {

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.addHeadersEndHandler(ignored -> relativise(context));
            context.next();
        }, SecurityHeaders.PRIORITY);
    }

    private static void relativise(RoutingContext context) {
        String location = context.response().headers().get(HttpHeaders.LOCATION);
        HostAndPort requested = context.request().authority();
        if (location != null && requested != null) {
            relative(location, requested.host()).ifPresent(path -> context.response().headers().set(HttpHeaders.LOCATION, path));
        }
    }

    /** The path, query and fragment of {@code location} when it points at {@code requestedHost}, the host the client named. */
    static Optional<String> relative(String location, String requestedHost) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!uri.isAbsolute() || uri.getHost() == null || !uri.getHost().equalsIgnoreCase(requestedHost)) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return Optional.of(path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
    }
}
