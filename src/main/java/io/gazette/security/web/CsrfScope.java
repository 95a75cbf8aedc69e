package io.gazette.security.web;

import java.util.List;

/**
 * Which state-changing requests must prove they came from one of our own forms. CSRF abuses the browser's ambient
 * credential, the session cookie, so the check applies exactly when that cookie is sent: API clients with a bearer
 * token (or tests with a test identity) are never asked for a CSRF token. Within that, the rest-csrf extension only
 * checks form and multipart bodies ({@code quarkus.rest-csrf.require-form-url-encoded=false}); JSON cannot be sent
 * cross-site without a CORS preflight, which nothing here grants.
 * <p>
 * The subscriber paths are exempt even with a session cookie: their forms are public by design (the subscribe form
 * is embedded on other sites, RFC 8058 one-click unsubscribe is posted by mail providers without cookies) or
 * authorised by the signed token in the URL, not by the session, and repeating them does no harm (idempotent), so a
 * forged request gains nothing the forger could not do directly.
 */
public final class CsrfScope {

    static final List<String> PUBLIC_PATHS = List.of("/subscribe", "/unsubscribe", "/preferences", "/confirm");

    private CsrfScope() {
    }

    public static boolean requiresCheck(String method, String path, boolean sessionCookieSent) {
        return !isSafe(method) && sessionCookieSent && !isPublic(path);
    }

    static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    static boolean isPublic(String path) {
        return PUBLIC_PATHS.stream().anyMatch(base -> path.equals(base) || path.startsWith(base + "/"));
    }
}
