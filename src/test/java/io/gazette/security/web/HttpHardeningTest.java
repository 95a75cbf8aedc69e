package io.gazette.security.web;

import io.gazette.audience.AudienceData;
import io.gazette.audience.ListVisibility;
import io.gazette.audience.OptIn;
import io.gazette.security.BrowserSession;
import io.gazette.security.PageSession;
import io.gazette.security.Roles;
import io.gazette.security.TestAccounts;
import io.gazette.shared.web.SubscriberLinks;
import io.gazette.support.RawHttp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.gazette.audience.AudienceData.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an attacker tried over HTTP, and how each attempt is refused (docs/security.md, "Attempts refused"). */
@QuarkusTest
class HttpHardeningTest {

    private static final String EVIL = "evil.example";

    @Inject
    TestAccounts accounts;

    @Inject
    AudienceData data;

    @Inject
    SubscriberLinks links;

    @Inject
    Clock clock;

    /** The management interface serves under its own {@code /q} root, which the annotation adds. */
    @TestHTTPResource("/")
    URL root;

    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @Test
    void aForgedHostHeaderNeverReachesARedirect() {
        TestAccounts.Account editor = accounts.create(Roles.EDITOR);
        PageSession session = new PageSession(editor);
        long list = data.list("Host Header Weekly", ListVisibility.PUBLIC, OptIn.SINGLE);
        String email = uniqueEmail("host");
        data.subscribe(List.of(email), list);
        long subscriber = data.subscriber(email).orElseThrow().id;
        String preferences = links.preferencesUrl(subscriber).replaceFirst("^https?://[^/]+", "");

        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
        Map<String, String> signedIn = Map.of("Cookie", session.cookieHeader(), "Content-Type", "application/x-www-form-urlencoded");
        Map<String, RawHttp.Answer> redirects = Map.of(
                "sign-up", RawHttp.send(root, "POST", "/subscribe/" + data.slug(list), EVIL, form, "email=" + uniqueEmail("host")),
                "preferences saved", RawHttp.send(root, "POST", preferences, EVIL, form, "list=" + list),
                "front door", RawHttp.send(root, "GET", "/", EVIL, Map.of(), null),
                "sign-in challenge", RawHttp.send(root, "GET", "/account", EVIL, Map.of(), null),
                "signed-in front door", RawHttp.send(root, "GET", "/", EVIL, signedIn, null),
                "page form", RawHttp.send(root, "POST", "/logout", EVIL, signedIn, "csrf-token=" + session.csrfToken()));
        redirects.forEach((what, answer) -> {
            assertTrue(answer.status() / 100 == 3, what + " answered " + answer.status());
            assertNotNull(answer.location(), what);
            assertFalse(answer.location().contains(EVIL), what + " redirected to " + answer.location());
            assertTrue(answer.location().startsWith("/"), what + " redirected to " + answer.location());
        });
        Response signIn = signIn(accounts.create(Roles.EDITOR), EVIL, Map.of());
        assertFalse(signIn.getHeader("Location").contains(EVIL), signIn.getHeader("Location"));
    }

    @Test
    void pagesReachedBySignedLinksSendNoReferrer() {
        long list = data.list("Referrer Weekly", ListVisibility.PUBLIC, OptIn.SINGLE);
        String email = uniqueEmail("referrer");
        data.subscribe(List.of(email), list);
        long subscriber = data.subscriber(email).orElseThrow().id;
        List<String> signed = List.of(
                links.unsubscribeUrl(subscriber, list),
                links.preferencesUrl(subscriber),
                links.confirmUrl(subscriber, list, clock.instant().plus(1, ChronoUnit.DAYS)),
                "/unsubscribe/forged.token");
        for (String url : signed) {
            Response response = given().redirects().follow(false).get(url.replaceFirst("^https?://[^/]+", ""));
            assertEquals("no-referrer", response.getHeader("Referrer-Policy"), url + " answered " + response.statusCode());
        }
        assertEquals("strict-origin-when-cross-origin", given().get("/login").getHeader("Referrer-Policy"));
    }

    @Test
    void apiRefusalsAreProblemDocuments() {
        given().get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"gazette\"")
                .body("type", equalTo("urn:gazette:problem:unauthenticated"));
        given().header("Authorization", "Bearer gz_not-a-real-token").get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"gazette\"")
                .body("type", equalTo("urn:gazette:problem:unauthenticated"));
        accounts.create(Roles.EDITOR).bearer().get("/api/users").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:gazette:problem:forbidden"));
        accounts.create(Roles.EDITOR).bearer().contentType(ContentType.JSON).body("{\"name\":\"" + "x".repeat(3_000_000) + "\"}")
                .post("/api/tokens").then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:gazette:problem:too-large"));
        // Pages still send anonymous visitors to the sign-in form.
        Response page = given().redirects().follow(false).get("/account");
        assertEquals(302, page.statusCode());
        assertTrue(page.getHeader("Location").endsWith("/login"), page.getHeader("Location"));
    }

    @Test
    void aCorrectPasswordWithAForeignReturnTargetSignsInAndLandsOnTheDashboard() {
        for (String target : List.of("https://evil.example/steal", "http://localhost:1/elsewhere", "/login?error=1", "/account")) {
            TestAccounts.Account editor = accounts.create(Roles.EDITOR);
            Response response = signIn(editor, null, Map.of("quarkus-redirect-location", target));
            assertEquals(302, response.statusCode(), target);
            String session = response.getCookie("quarkus-credential");
            assertNotNull(session, "signed in despite " + target);
            String landing = response.getHeader("Location");
            assertFalse(landing.contains("evil.example") || landing.contains("/login"), landing);
            given().cookie("quarkus-credential", session).redirects().follow(false).get(landing)
                    .then().statusCode(303).header("Location", equalTo("/dashboard"));
        }
    }

    @Test
    void metricsAndSwaggerUiAreNotOnThePublicPort() {
        assertEquals(404, given().get("/q/metrics").statusCode());
        assertEquals(404, given().get("/q/swagger-ui/").statusCode());
        assertEquals(200, given().get(managementMetrics).statusCode(), "metrics on the loopback management port");
        assertEquals(200, given().get("/q/health/ready").statusCode(), "load balancers probe the public port");
    }

    /** The sign-in form, from {@code host} when given, with extra cookies such as a return target. */
    private static Response signIn(TestAccounts.Account account, String host, Map<String, String> cookies) {
        BrowserSession browser = new BrowserSession();
        String token = browser.fetchCsrfToken("/login", Map.of());
        RequestSpecification request = host == null ? given() : given().header("Host", host);
        return request.header("X-Forwarded-For", browser.address).redirects().follow(false)
                .contentType(ContentType.URLENC).cookie("csrf-token", token).cookies(cookies)
                .formParam("j_username", account.email()).formParam("j_password", account.password())
                .formParam("csrf-token", token)
                .post("/j_security_check");
    }
}
