package io.gazette.shared.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A one-time message carried across a POST-then-redirect ("Issue #12 scheduled"): set as a short-lived cookie on the
 * redirect, shown by the next page's layout, and cleared by {@link FlashClearing} once a page has shown it. The
 * message is our own wording; it is escaped like any other value when the page renders it.
 */
@Named("flash")
@RequestScoped
public class Flash {

    static final String COOKIE = "gz_flash";
    private static final int MAX_LENGTH = 300;

    private final HttpServerRequest request;

    public Flash(HttpServerRequest request) {
        this.request = request;
    }

    /** The message the previous action left, or null. */
    public String getMessage() {
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isEmpty()) {
            return null;
        }
        String message = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
        return message.length() > MAX_LENGTH ? message.substring(0, MAX_LENGTH) : message;
    }

    /** 303 to {@code path} (a path on this site, never a full URL) with {@code message} for the next page. */
    public static Response redirect(String path, String message) {
        return carrying(Response.seeOther(URI.create(path)), message).build();
    }

    /** Adds {@code message} (when there is one) to any answer that leads to the next page. */
    public static Response.ResponseBuilder carrying(Response.ResponseBuilder answer, String message) {
        return message == null ? answer : answer.cookie(cookie(URLEncoder.encode(message, StandardCharsets.UTF_8), 60));
    }

    static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(COOKIE).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}
