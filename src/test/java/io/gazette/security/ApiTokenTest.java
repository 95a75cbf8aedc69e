package io.gazette.security;

import io.gazette.security.token.ApiToken;
import io.gazette.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ApiTokenTest {

    @Inject
    TestAccounts accounts;

    @Inject
    TestClock clock;

    @AfterEach
    void resetTime() {
        clock.reset();
    }

    @Test
    void aNewTokenIsShownOnceAndStoredOnlyAsItsHash() throws Exception {
        TestAccounts.Account editor = accounts.create(Roles.EDITOR);
        Response created = editor.bearer().contentType(ContentType.JSON).body(Map.of("name", "newsletter script"))
                .post("/api/tokens");
        created.then().statusCode(201).header("Cache-Control", "no-store");
        String token = created.jsonPath().getString("token");
        long id = created.jsonPath().getLong("id");

        assertTrue(token.matches("gz_[A-Za-z0-9_-]{43}"), token);
        ApiToken stored = stored(id);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(digest), stored.tokenHash);
        assertTrue(!stored.tokenHash.contains(token.substring(3)) && !stored.name.contains(token));

        String listing = editor.bearer().get("/api/tokens").then().statusCode(200)
                .body("name", hasItem("newsletter script"))
                .extract().asString();
        assertTrue(!listing.contains(token.substring(3)), "the list never shows a token");
    }

    @Test
    void aRevokedTokenIsRefused() {
        TestAccounts.Account editor = accounts.create(Roles.EDITOR);
        String token = editor.bearer().contentType(ContentType.JSON).body(Map.of("name", "short-lived"))
                .post("/api/tokens").jsonPath().getString("token");
        long id = editor.bearer().get("/api/tokens").jsonPath().getLong("find { it.name == 'short-lived' }.id");
        given().auth().oauth2(token).get("/api/me").then().statusCode(200).body("email", equalTo(editor.email()));

        editor.bearer().delete("/api/tokens/{id}", id).then().statusCode(200).body("revokedAt", notNullValue());

        given().auth().oauth2(token).get("/api/me")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer realm=\"gazette\"");
        editor.bearer().get("/api/me").then().statusCode(200);
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() {
        TestAccounts.Account owner = accounts.create(Roles.EDITOR);
        TestAccounts.Account other = accounts.create(Roles.ADMIN);
        long id = owner.bearer().get("/api/tokens").jsonPath().getLong("[0].id");

        other.bearer().delete("/api/tokens/{id}", id).then().statusCode(404);
        owner.bearer().get("/api/tokens").then().body("[0].revokedAt", nullValue());
        owner.bearer().get("/api/me").then().statusCode(200);
    }

    @Test
    void unknownMalformedAndDisabledAccountsTokensAreRefused() {
        TestAccounts.Account admin = accounts.create(Roles.ADMIN);
        TestAccounts.Account editor = accounts.create(Roles.EDITOR);
        for (String bad : new String[] {"gz_" + "A".repeat(43), editor.token() + "x", "not-a-token", ""}) {
            given().header("Authorization", "Bearer " + bad).get("/api/me").then().statusCode(401);
        }
        admin.bearer().contentType(ContentType.JSON).post("/api/users/{id}/disable", editor.id()).then().statusCode(200);
        editor.bearer().get("/api/me").then().statusCode(401);
        admin.bearer().contentType(ContentType.JSON).post("/api/users/{id}/enable", editor.id()).then().statusCode(200);
        editor.bearer().get("/api/me").then().statusCode(200);
    }

    @Test
    void useIsNotedAtMostOncePerMinute() {
        TestAccounts.Account editor = accounts.create(Roles.EDITOR);
        clock.set(Instant.parse("2031-05-06T10:00:00Z"));
        editor.bearer().get("/api/me").then().statusCode(200);
        editor.bearer().get("/api/tokens").then().body("[0].lastUsedAt", equalTo("2031-05-06T10:00:00Z"));

        clock.advance(Duration.ofSeconds(30));
        editor.bearer().get("/api/me");
        editor.bearer().get("/api/tokens").then().body("[0].lastUsedAt", equalTo("2031-05-06T10:00:00Z"));

        clock.advance(Duration.ofSeconds(31));
        editor.bearer().get("/api/me");
        editor.bearer().get("/api/tokens").then().body("[0].lastUsedAt", not(equalTo("2031-05-06T10:00:00Z")));
    }

    private static ApiToken stored(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ApiToken.findById(id));
    }
}
