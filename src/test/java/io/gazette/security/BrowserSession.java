package io.gazette.security;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * Drives the sign-in form as a browser would: fetch the login page (CSRF cookie and field), post the form to Quarkus
 * form login. Each instance acts from its own client address (tests run behind a trusted proxy, see %test).
 */
public final class BrowserSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    public final String address;
    public String csrfToken;

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /** A session from an address no other session in this run uses. */
    public BrowserSession() {
        this(nextAddress());
    }

    public BrowserSession(String address) {
        this.address = address;
    }

    /** GET a page that carries the CSRF token; remembers the token (the cookie has the same value). */
    public String fetchCsrfToken(String page, Map<String, String> cookies) {
        Response response = given().header("X-Forwarded-For", address).cookies(cookies).redirects().follow(false).get(page);
        Matcher matcher = CSRF_FIELD.matcher(response.asString());
        if (!matcher.find()) {
            throw new AssertionError(page + " carries no CSRF field: " + response.asString());
        }
        csrfToken = matcher.group(1);
        return csrfToken;
    }

    /** Posts the sign-in form with a valid CSRF token; answers the raw response (redirect and cookies). */
    public Response signIn(String email, String password) {
        fetchCsrfToken("/login", Map.of());
        return postSignIn(email, password, csrfToken, csrfToken);
    }

    public Response postSignIn(String email, String password, String csrfCookie, String csrfField) {
        var request = given().header("X-Forwarded-For", address).redirects().follow(false)
                .contentType(ContentType.URLENC)
                .formParam("j_username", email)
                .formParam("j_password", password);
        if (csrfCookie != null) {
            request.cookie("csrf-token", csrfCookie);
        }
        if (csrfField != null) {
            request.formParam("csrf-token", csrfField);
        }
        return request.post("/j_security_check");
    }

    /** Signs in and answers the session cookie's value; fails the test if sign-in did not succeed. */
    public String sessionCookie(String email, String password) {
        Response response = signIn(email, password);
        String session = response.getCookie("quarkus-credential");
        if (session == null || session.isEmpty()) {
            throw new AssertionError("sign-in failed: " + response.statusCode() + " " + response.getHeader("Location"));
        }
        return session;
    }

    private static String nextAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.9." + (n / 250) + "." + (n % 250 + 1);
    }
}
