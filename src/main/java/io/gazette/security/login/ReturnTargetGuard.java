package io.gazette.security.login;

import io.quarkus.vertx.http.runtime.FormAuthConfig;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;

/**
 * Form login goes back after sign-in to the page kept in its redirect-location cookie. It refuses a target on another
 * scheme, host or port, which is right, but it refuses by failing the whole sign-in: the person who typed the correct
 * password gets a blank 401 and the log an ERROR. A target that is foreign, or is the sign-in page itself (a loop), is
 * therefore dropped before form login reads it, so the sign-in succeeds and lands on the dashboard.
 */
@ApplicationScoped
public class ReturnTargetGuard {

    /** Ahead of authentication (200), where form login reads the cookie. */
    static final int PRIORITY = 250;

    private final String postLocation;
    private final String loginPage;
    private final String cookieName;

    public ReturnTargetGuard(VertxHttpConfig http) {
        FormAuthConfig form = http.auth().form();
        this.postLocation = form.postLocation();
        this.loginPage = form.loginPage().orElse("/login");
        this.cookieName = form.locationCookie();
    }

    void register(@Observes Filters filters) {
        filters.register(this::guard, PRIORITY);
    }

    private void guard(RoutingContext context) {
        if (context.request().method() == HttpMethod.POST && postLocation.equals(context.normalizedPath())) {
            Cookie target = context.request().getCookie(cookieName);
            if (target != null && !isSafe(target.getValue(), context.request().absoluteURI())) {
                // Out of the request's cookies (form login reads those), and out of the browser too.
                context.response().removeCookie(cookieName, false);
                context.response().headers().add(HttpHeaders.SET_COOKIE, cookieName + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
            }
        }
        context.next();
    }

    /** Form login's own rule (same scheme, host and port as this request), and not back to signing in. */
    boolean isSafe(String target, String requestUri) {
        try {
            URI uri = URI.create(target);
            URI request = URI.create(requestUri);
            return uri.isAbsolute() && uri.getScheme().equals(request.getScheme())
                    && uri.getRawAuthority() != null && uri.getRawAuthority().equals(request.getRawAuthority())
                    && !isSignInPath(uri.getPath());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private boolean isSignInPath(String path) {
        return path == null || path.equals(loginPage) || path.equals(postLocation);
    }
}
