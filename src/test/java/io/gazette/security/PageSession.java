package io.gazette.security;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * A signed-in browser for page tests: the real sign-in form, then the session cookie and the CSRF token on every
 * request, as a browser sends them. Redirects are not followed, so tests see the 303 and its flash cookie.
 */
public final class PageSession {

    private final BrowserSession browser = new BrowserSession();
    private final String session;
    private final String csrf;

    public PageSession(TestAccounts.Account account) {
        this.session = browser.sessionCookie(account.email(), account.password());
        this.csrf = browser.fetchCsrfToken("/dashboard", Map.of("quarkus-credential", session));
    }

    public RequestSpecification request() {
        return given().header("X-Forwarded-For", browser.address).redirects().follow(false)
                .cookie("quarkus-credential", session).cookie("csrf-token", csrf);
    }

    /** The session's cookies as one {@code Cookie} header, for requests written by hand. */
    public String cookieHeader() {
        return "quarkus-credential=" + session + "; csrf-token=" + csrf;
    }

    /** The session's CSRF token, for requests that send it in the X-CSRF-Token header instead of a form field. */
    public String csrfToken() {
        return csrf;
    }

    public Response get(String path) {
        return request().get(path);
    }

    /** A form post carrying the CSRF field, as every page form does. */
    public Response post(String path, Map<String, ?> form) {
        return request().contentType(ContentType.URLENC).formParams(form).formParam("csrf-token", csrf).post(path);
    }
}
