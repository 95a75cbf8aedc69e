package io.gazette.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class UserAdminTest {

    @Inject
    TestAccounts accounts;

    @Test
    void anAdminCreatesAnEditorWhoCanSignIn() {
        TestAccounts.Account admin = accounts.create(Roles.ADMIN);
        String email = "New.Editor-" + UUID.randomUUID().toString().substring(0, 6) + "@Example.org";

        var created = json(admin).body(Map.of("email", email, "displayName", "New Editor", "role", "editor",
                        "password", "a long enough password"))
                .post("/api/users");
        long id = created.then().statusCode(201)
                .body("email", equalTo(email.toLowerCase()))
                .body("role", equalTo("editor"))
                .body("enabled", equalTo(true))
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")))
                .extract().jsonPath().getLong("id");
        assertTrue(created.getHeader("Location").endsWith("/api/users/" + id), created.getHeader("Location"));

        assertTrue(new BrowserSession().signIn(email.toUpperCase(), "a long enough password").getCookies()
                .containsKey("quarkus-credential"), "sign-in ignores the email's case");
        admin.bearer().get("/api/users").then().body("id", hasItem((int) id));
        json(admin).body(Map.of("email", email, "displayName", "Twin", "role", "editor", "password", "another long password"))
                .post("/api/users").then().statusCode(409);
    }

    @Test
    void weakOrMalformedAccountsAreRefusedNamingTheField() {
        TestAccounts.Account admin = accounts.create(Roles.ADMIN);
        record Case(Map<String, Object> body, String field) {
        }
        String email = "weak-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        for (Case c : List.of(
                new Case(Map.of("email", email, "displayName", "W", "role", "editor", "password", "short"), "password"),
                new Case(Map.of("email", email, "displayName", "W", "role", "editor", "password", "ü".repeat(40)), "password"),
                new Case(Map.of("email", email, "displayName", "W", "role", "owner", "password", "a long enough password"), "role"),
                new Case(Map.of("email", "not-an-email", "displayName", "W", "role", "editor", "password", "a long enough password"), "email"),
                new Case(Map.of("email", email, "displayName", "two\nlines", "role", "editor", "password", "a long enough password"), "displayName"))) {
            json(admin).body(c.body()).post("/api/users")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(c.field()));
        }
    }

    @Test
    void rolesChangeButTheLastAdminCannotBeDemotedOrDisabled() {
        TestAccounts.Account admin = accounts.create(Roles.ADMIN);
        TestAccounts.Account editor = accounts.create(Roles.EDITOR);

        json(admin).body(Map.of("role", "admin")).put("/api/users/{id}/role", editor.id())
                .then().statusCode(200).body("role", equalTo("admin"));
        editor.bearer().get("/api/users").then().statusCode(200);
        json(admin).body(Map.of("role", "editor")).put("/api/users/{id}/role", editor.id()).then().statusCode(200);
        editor.bearer().get("/api/users").then().statusCode(403);

        List<Integer> admins = admin.bearer().get("/api/users").jsonPath().getList("findAll { it.role == 'admin' && it.enabled }.id");
        for (Integer other : admins) {
            if (other != admin.id()) {
                json(admin).post("/api/users/{id}/disable", other).then().statusCode(200);
            }
        }
        json(admin).body(Map.of("role", "editor")).put("/api/users/{id}/role", admin.id()).then().statusCode(409);
        json(admin).post("/api/users/{id}/disable", admin.id()).then().statusCode(409);
        for (Integer other : admins) {
            json(admin).post("/api/users/{id}/enable", other).then().statusCode(200);
        }
    }

    @Test
    void aPasswordResetReplacesThePasswordAndLiftsTheLock() {
        TestAccounts.Account admin = accounts.create(Roles.ADMIN);
        TestAccounts.Account editor = accounts.create(Roles.EDITOR);
        for (int i = 0; i < 5; i++) {
            new BrowserSession().signIn(editor.email(), "wrong " + i);
        }
        admin.bearer().get("/api/users/{id}", editor.id()).then().body("lockedUntil", not(nullValue()));

        json(admin).body(Map.of("password", "a brand new password")).post("/api/users/{id}/password", editor.id())
                .then().statusCode(200).body("lockedUntil", nullValue());

        assertFalse(new BrowserSession().signIn(editor.email(), editor.password()).getCookies().containsKey("quarkus-credential"));
        assertTrue(new BrowserSession().signIn(editor.email(), "a brand new password").getCookies().containsKey("quarkus-credential"));
    }

    @Test
    void meDescribesTheCallersOwnAccount() {
        TestAccounts.Account editor = accounts.create(Roles.EDITOR, "Ed Itor");
        editor.bearer().get("/api/me").then().statusCode(200)
                .body("email", equalTo(editor.email()))
                .body("displayName", equalTo("Ed Itor"))
                .body("role", equalTo("editor"));
    }

    @Test
    void everyAccountChangeIsInTheAuditLog() {
        TestAccounts.Account admin = accounts.create(Roles.ADMIN);
        TestAccounts.Account editor = accounts.create(Roles.EDITOR);
        json(admin).body(Map.of("role", "admin")).put("/api/users/{id}/role", editor.id());
        json(admin).post("/api/users/{id}/disable", editor.id());
        json(admin).post("/api/users/{id}/enable", editor.id());
        json(admin).body(Map.of("password", "yet another password")).post("/api/users/{id}/password", editor.id());

        List<Map<String, String>> entries = admin.bearer().queryParam("action", "user.").queryParam("size", 100)
                .get("/api/audit").then().statusCode(200).extract().jsonPath().getList("content");
        List<String> forEditor = entries.stream().filter(e -> ("user:" + editor.id()).equals(e.get("target")))
                .map(e -> e.get("actor") + " " + e.get("action")).toList();
        assertEquals(List.of(admin.email() + " user.password-reset", admin.email() + " user.enabled",
                admin.email() + " user.disabled", admin.email() + " user.role-changed", "anonymous user.created"), forEditor,
                "newest first, each with who did it");
        admin.bearer().queryParam("action", "user%").get("/api/audit").then().statusCode(400).body("errors.field", hasItem("action"));
        editor.bearer().get("/api/audit").then().statusCode(200);
        json(admin).body(Map.of("role", "editor")).put("/api/users/{id}/role", editor.id());
        editor.bearer().get("/api/audit").then().statusCode(403);
    }

    private static RequestSpecification json(TestAccounts.Account account) {
        return account.bearer().contentType(ContentType.JSON);
    }
}
