package io.gazette.security.web;

import io.gazette.security.PageSession;
import io.gazette.security.Roles;
import io.gazette.security.TestAccounts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The session cookie is ambient: a page on another port or a sibling subdomain can make the browser send it with a
 * form or a {@code fetch}. Every writing operation of the API description is therefore tried with a real session
 * cookie (and the CSRF cookie a browser holds) but no token, in every body a cross-site page can send.
 */
@QuarkusTest
class SessionCsrfTest {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final String ID = "1";

    @Inject
    TestAccounts accounts;

    /** {@code /q/openapi} of the management interface (the annotation adds its {@code /q} root). */
    @TestHTTPResource(value = "/openapi", management = true)
    URL openapi;

    @Test
    void everyWritingOperationRefusesASessionWithoutTheToken() {
        PageSession admin = new PageSession(accounts.create(Roles.ADMIN));
        Map<String, Map<String, Object>> paths = given().accept("application/json").get(openapi).jsonPath().getMap("paths");
        Map<String, UnaryOperator<RequestSpecification>> bodies = Map.of(
                "text/plain", request -> request.contentType(ContentType.TEXT).body("[{\"email\":\"x@example.com\"}]"),
                "application/json", request -> request.contentType(ContentType.JSON).body("{}"),
                "application/x-www-form-urlencoded", request -> request.contentType(ContentType.URLENC).formParam("probe", "1"),
                "multipart/form-data", request -> request.multiPart("file", "probe.csv", "email\nx@example.com\n".getBytes()),
                "no body", request -> request);

        List<String> accepted = new ArrayList<>();
        int tried = 0;
        for (var path : paths.entrySet()) {
            if (CsrfScope.isPublic(path.getKey())) {
                continue; // exempt by design: public subscriber forms and signed links (docs/security.md)
            }
            for (var operation : path.getValue().entrySet()) {
                String method = operation.getKey();
                if (!WRITES.contains(method)) {
                    continue;
                }
                Set<String> documented = documentedBodies(operation.getValue());
                String key = method.toUpperCase() + " " + path.getKey();
                boolean reachedTheCheck = false;
                for (var body : bodies.entrySet()) {
                    String url = path.getKey().replaceAll("\\{[^}]+}", ID);
                    Response response = body.getValue().apply(admin.request()).request(method.toUpperCase(), url);
                    tried++;
                    boolean csrf = response.statusCode() == 403
                            && "urn:gazette:problem:csrf".equals(response.jsonPath().getString("type"));
                    // A body the operation does not take never reaches it (415); one it takes must meet the check.
                    boolean unmatched = response.statusCode() == 415 && !documented.contains(body.getKey()) && !documented.contains("*/*");
                    // Webhooks take no session at all: their own secret refuses the request first.
                    boolean ownCredential = path.getKey().startsWith("/webhooks/") && response.statusCode() / 100 == 4;
                    reachedTheCheck |= csrf;
                    if (!csrf && !unmatched && !ownCredential) {
                        accepted.add(key + " (" + body.getKey() + ") answered " + response.statusCode());
                    }
                }
                if (!reachedTheCheck && !path.getKey().startsWith("/webhooks/")) {
                    accepted.add(key + " never answered with the CSRF refusal");
                }
            }
        }
        assertTrue(tried > 100, "expected the whole API, tried " + tried);
        assertEquals(List.of(), accepted, "writes with the session cookie and no CSRF token");
    }

    @SuppressWarnings("unchecked")
    private static Set<String> documentedBodies(Object operation) {
        Object requestBody = ((Map<String, Object>) operation).get("requestBody");
        if (!(requestBody instanceof Map<?, ?> body) || !(body.get("content") instanceof Map<?, ?> content)) {
            return Set.of();
        }
        return content.keySet().stream().map(Object::toString).collect(Collectors.toSet());
    }

    @Test
    void theTokenInTheHeaderOrTheFormFieldIsAcceptedAndBearerCallsNeedNone() {
        TestAccounts.Account editor = accounts.create(Roles.EDITOR);
        PageSession session = new PageSession(editor);

        session.request().header("X-CSRF-Token", session.csrfToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "from a script in the browser"))
                .post("/api/tokens")
                .then().statusCode(201).body("name", equalTo("from a script in the browser"));
        // htmx posts the form with the token as a field (assets/app.js), as the plain forms do.
        session.request().header("HX-Request", "true").contentType(ContentType.URLENC)
                .formParam("name", "from htmx").formParam("csrf-token", session.csrfToken())
                .post("/account/tokens")
                .then().statusCode(200);
        editor.bearer().contentType(ContentType.JSON).body(Map.of("name", "from a script"))
                .post("/api/tokens")
                .then().statusCode(201);
    }
}
