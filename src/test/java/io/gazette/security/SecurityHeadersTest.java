package io.gazette.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void everyKindOfResponseCarriesTheHardeningHeaders() {
        List<Response> responses = List.of(
                given().get("/login"),
                given().get("/api/me"),
                given().redirects().follow(false).get("/account"),
                given().get("/no/such/page"),
                given().get("/q/health"),
                given().get("/assets/sign-in.css"));
        for (Response response : responses) {
            String csp = response.getHeader("Content-Security-Policy");
            String what = response.statusCode() + " " + csp;
            assertEquals("script-src 'self'", directive(csp, "script-src"), what);
            assertEquals("frame-ancestors 'none'", directive(csp, "frame-ancestors"), what);
            assertEquals("DENY", response.getHeader("X-Frame-Options"), what);
            assertEquals("nosniff", response.getHeader("X-Content-Type-Options"), what);
            assertEquals("strict-origin-when-cross-origin", response.getHeader("Referrer-Policy"), what);
            assertNull(response.getHeader("Strict-Transport-Security"), "no HSTS over plain http");
        }
    }

    @Test
    void theSubscribeFormMayBeFramedByOtherSites() {
        Response response = given().get("/subscribe/some-newsletter");
        String csp = response.getHeader("Content-Security-Policy");
        assertEquals("script-src 'self'", directive(csp, "script-src"), csp);
        assertFalse(csp.contains("frame-ancestors"), csp);
        assertNull(response.getHeader("X-Frame-Options"));
        assertEquals("nosniff", response.getHeader("X-Content-Type-Options"));
    }

    @Test
    void swaggerUiIsNotServedOnThePublicPort() {
        assertEquals(404, given().get("/q/swagger-ui/").statusCode(), "it lives on the loopback management interface");
    }

    private static String directive(String policy, String name) {
        return Arrays.stream(policy.split(";")).map(String::strip).filter(d -> d.startsWith(name + " ")).findFirst().orElse(null);
    }

    @Test
    void httpsResponsesAskForHsts() {
        assertEquals("max-age=31536000",
                given().header("X-Forwarded-Proto", "https").get("/login").getHeader("Strict-Transport-Security"));
    }
}
