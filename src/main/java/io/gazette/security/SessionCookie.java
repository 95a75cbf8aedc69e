package io.gazette.security;

import io.quarkus.vertx.http.runtime.FormAuthConfig;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The browser session: Quarkus form login's encrypted cookie ({@code quarkus.http.auth.form.*}). Its presence is
 * what makes a request worth a CSRF check; signing out deletes it.
 */
@ApplicationScoped
public class SessionCookie {

    private final String name;
    private final String path;

    public SessionCookie(VertxHttpConfig http) {
        FormAuthConfig form = http.auth().form();
        this.name = form.cookieName();
        this.path = form.cookiePath().orElse("/");
    }

    public boolean isPresent(RoutingContext context) {
        return context.request().getCookie(name) != null;
    }

    /**
     * Tells the browser to drop the cookie. The session is stateless (an encrypted email and expiry), so a copy taken
     * earlier stays valid until its idle timeout unless the account is disabled; see docs/security.md.
     */
    public void clear(RoutingContext context) {
        context.response().addCookie(Cookie.cookie(name, "").setPath(path).setMaxAge(0)
                .setHttpOnly(true).setSameSite(CookieSameSite.LAX).setSecure(context.request().isSSL()));
    }
}
