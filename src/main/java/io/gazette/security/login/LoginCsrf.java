package io.gazette.security.login;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Login CSRF (a forged sign-in into the attacker's account). Quarkus form login consumes {@code POST /j_security_check}
 * before any REST filter runs, so the rest-csrf extension never sees it; this repeats the extension's double-submit
 * comparison with the extension's own cookie and form field, issued by {@code GET /login}. It relies on
 * {@code quarkus.rest-csrf.token-signature-key} being unset, so that cookie and field carry the same value.
 */
@ApplicationScoped
public class LoginCsrf {

    private final CsrfTokenParameterProvider csrf;

    public LoginCsrf(CsrfTokenParameterProvider csrf) {
        this.csrf = csrf;
    }

    public boolean matches(RoutingContext context) {
        Cookie cookie = context.request().getCookie(csrf.getCookieName());
        String field = context.request().getFormAttribute(csrf.getParameterName());
        if (cookie == null || field == null || field.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8));
    }
}
