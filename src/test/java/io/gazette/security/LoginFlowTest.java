package io.gazette.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LoginFlowTest {

    @Inject
    TestAccounts accounts;

    @Test
    void signsInWithTheFormAndLandsOnTheDashboard() {
        TestAccounts.Account editor = accounts.create("editor");
        Response response = new BrowserSession().signIn(editor.email(), editor.password());

        assertEquals(302, response.statusCode());
        assertTrue(response.getHeader("Location").endsWith("/"), response.getHeader("Location"));
        String session = response.getCookie("quarkus-credential");
        given().cookie("quarkus-credential", session).redirects().follow(false).get("/")
                .then().statusCode(303).header("Location", endsWith("/dashboard"));
        given().cookie("quarkus-credential", session).redirects().follow(false)
                .get("/account")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString(editor.email()));
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLaxAndSecureOnlyOverHttps() {
        TestAccounts.Account editor = accounts.create("editor");
        BrowserSession browser = new BrowserSession();

        String overHttp = sessionSetCookie(browser, editor, Map.of());
        assertTrue(overHttp.toLowerCase().contains("httponly"), overHttp);
        assertTrue(overHttp.contains("SameSite=Lax"), overHttp);
        assertFalse(overHttp.contains("Secure"), overHttp);

        String overHttps = sessionSetCookie(browser, editor, Map.of("X-Forwarded-Proto", "https"));
        assertTrue(overHttps.contains("Secure"), overHttps);
        assertTrue(overHttps.toLowerCase().contains("httponly"), overHttps);
    }

    @Test
    void signInWithoutAMatchingCsrfTokenIsRefused() {
        TestAccounts.Account editor = accounts.create("editor");
        BrowserSession browser = new BrowserSession();
        String token = browser.fetchCsrfToken("/login", Map.of());

        for (List<String> pair : List.of(List.of("", token), List.of(token, ""), List.of(token, token + "x"))) {
            Response response = browser.postSignIn(editor.email(), editor.password(),
                    pair.get(0).isEmpty() ? null : pair.get(0), pair.get(1).isEmpty() ? null : pair.get(1));
            assertEquals(302, response.statusCode());
            assertTrue(response.getHeader("Location").endsWith("/login?error=1"), response.getHeader("Location"));
            assertNull(response.getCookie("quarkus-credential"), "no session for " + pair);
        }
        assertNotNull(browser.signIn(editor.email(), editor.password()).getCookie("quarkus-credential"));
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswer() {
        TestAccounts.Account editor = accounts.create("editor");
        Response wrongPassword = new BrowserSession().signIn(editor.email(), "not the password at all");
        Response unknownEmail = new BrowserSession().signIn("nobody-" + editor.email(), "not the password at all");

        for (Response response : List.of(wrongPassword, unknownEmail)) {
            assertEquals(302, response.statusCode());
            assertNull(response.getCookie("quarkus-credential"));
        }
        assertEquals(wrongPassword.getHeader("Location"), unknownEmail.getHeader("Location"));
        given().get(unknownEmail.getHeader("Location")).then().statusCode(200)
                .body(containsString("Sign-in failed. Check your email and password."));
    }

    @Test
    void returnsToThePageThatAskedForSignInButNeverToAnotherSite() {
        TestAccounts.Account editor = accounts.create("editor");
        BrowserSession browser = new BrowserSession();
        Response challenge = given().header("X-Forwarded-For", browser.address).redirects().follow(false).get("/account");
        assertEquals(302, challenge.statusCode());
        assertTrue(challenge.getHeader("Location").endsWith("/login"), challenge.getHeader("Location"));
        String returnTo = challenge.getCookie("quarkus-redirect-location");
        assertTrue(returnTo.endsWith("/account"), returnTo);

        String token = browser.fetchCsrfToken("/login", Map.of());
        Response forged = given().header("X-Forwarded-For", browser.address).redirects().follow(false)
                .contentType(ContentType.URLENC)
                .cookie("csrf-token", token)
                .cookie("quarkus-redirect-location", "https://evil.example/steal")
                .formParam("j_username", editor.email())
                .formParam("j_password", editor.password())
                .formParam("csrf-token", token)
                .post("/j_security_check");
        String location = forged.getHeader("Location");
        assertTrue(location == null || !location.contains("evil.example"), "redirected to " + location);
    }

    @Test
    void signOutNeedsTheCsrfTokenAndDeletesTheSession() {
        TestAccounts.Account editor = accounts.create("editor");
        BrowserSession browser = new BrowserSession();
        String session = browser.sessionCookie(editor.email(), editor.password());
        String token = browser.fetchCsrfToken("/account", Map.of("quarkus-credential", session));

        for (String sent : new String[] {null, token + "x"}) {
            var request = given().redirects().follow(false).contentType(ContentType.URLENC)
                    .cookie("quarkus-credential", session).cookie("csrf-token", token).formParam("stay", "1");
            if (sent != null) {
                request.formParam("csrf-token", sent);
            }
            request.post("/logout").then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:gazette:problem:csrf"));
        }

        Response signOut = given().redirects().follow(false).contentType(ContentType.URLENC)
                .cookie("quarkus-credential", session).cookie("csrf-token", token).formParam("csrf-token", token)
                .post("/logout");
        assertEquals(303, signOut.statusCode());
        assertTrue(signOut.getHeader("Location").endsWith("/login?signed-out=1"));
        String deletion = signOut.getHeaders().getValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("quarkus-credential=")).findFirst().orElseThrow();
        assertTrue(deletion.contains("Max-Age=0"), deletion);
        given().get(signOut.getHeader("Location")).then().body(containsString("You are signed out."));
    }

    @Test
    void jsonApiCallsWithTheSessionNeedTheCsrfTokenInAHeader() {
        TestAccounts.Account editor = accounts.create("editor");
        BrowserSession browser = new BrowserSession();
        String session = browser.sessionCookie(editor.email(), editor.password());
        String token = browser.fetchCsrfToken("/account", Map.of("quarkus-credential", session));

        given().cookie("quarkus-credential", session).cookie("csrf-token", token).contentType(ContentType.JSON)
                .body(Map.of("name", "from the browser"))
                .post("/api/tokens")
                .then().statusCode(403).body("type", equalTo("urn:gazette:problem:csrf"));
        given().cookie("quarkus-credential", session).cookie("csrf-token", token).header("X-CSRF-Token", token)
                .contentType(ContentType.JSON).body(Map.of("name", "from the browser"))
                .post("/api/tokens")
                .then().statusCode(201)
                .body("name", equalTo("from the browser"));
        given().cookie("quarkus-credential", session).get("/api/me")
                .then().statusCode(200).body("email", equalTo(editor.email()));
    }

    @Test
    void aDisabledAccountsSessionStopsWorkingAtOnce() {
        TestAccounts.Account admin = accounts.create("admin");
        TestAccounts.Account editor = accounts.create("editor");
        String session = new BrowserSession().sessionCookie(editor.email(), editor.password());
        given().cookie("quarkus-credential", session).get("/api/me").then().statusCode(200);

        admin.bearer().contentType(ContentType.JSON).post("/api/users/{id}/disable", editor.id()).then().statusCode(200);

        Response refused = given().cookie("quarkus-credential", session).redirects().follow(false).get("/api/me");
        assertTrue(refused.statusCode() == 401 || refused.statusCode() == 302, "answered " + refused.statusCode());
        assertNotNull(new BrowserSession().signIn(editor.email(), editor.password()).getHeader("Location"));
        assertNull(new BrowserSession().signIn(editor.email(), editor.password()).getCookie("quarkus-credential"));
    }

    @Test
    void theLoginPageNeverEchoesWhatItIsGiven() {
        String payload = "<script>alert(1)</script>";
        String page = given().queryParam("error", payload).queryParam("signed-out", payload).get("/login").asString();
        assertFalse(page.contains("<script>alert"), page);
        assertFalse(page.contains("alert(1)"), page);
    }

    private static String sessionSetCookie(BrowserSession browser, TestAccounts.Account account, Map<String, String> headers) {
        String token = browser.fetchCsrfToken("/login", Map.of());
        Response response = given().header("X-Forwarded-For", browser.address).headers(headers).redirects().follow(false)
                .contentType(ContentType.URLENC)
                .cookie("csrf-token", token)
                .formParam("j_username", account.email())
                .formParam("j_password", account.password())
                .formParam("csrf-token", token)
                .post("/j_security_check");
        assertEquals(302, response.statusCode());
        return response.getHeaders().getValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("quarkus-credential=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.getHeaders()));
    }
}
