package io.gazette.security.account.web;

import io.gazette.security.PageSession;
import io.gazette.security.Roles;
import io.gazette.security.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * API tokens in the browser: one's own on the account page, anyone's on the users page for admins. A new token is
 * shown once, on the answering page, and works as a bearer token; a revoked one is refused.
 */
@QuarkusTest
class TokenPagesTest {

    @Inject
    TestAccounts accounts;

    @Test
    void anEditorCreatesATokenSeesItOnceUsesItAndRevokesIt() {
        TestAccounts.Account editor = accounts.create(Roles.EDITOR);
        PageSession browser = new PageSession(editor);

        Response created = browser.post("/account/tokens", Map.of("name", "Nightly <export>"));
        created.then().statusCode(200).header("Cache-Control", "no-store");
        assertThat(created.getHeaders().getValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("gz_"));
        Document answer = Jsoup.parse(created.asString());
        String token = answer.select("#new-token-value").val();
        assertThat(token).matches("gz_[A-Za-z0-9_-]{43}");
        assertThat(answer.select(".new-token").text()).contains("Nightly <export>").contains("will not be shown again");
        assertThat(answer.select(".new-token export")).as("the name is escaped").isEmpty();

        given().auth().oauth2(token).get("/api/me").then().statusCode(200).body("email", equalTo(editor.email()));

        String again = browser.get("/account").then().statusCode(200).extract().asString();
        assertThat(again).doesNotContain(token).doesNotContain(token.substring(3));
        Element row = tokenRow(Jsoup.parse(again), "Nightly <export>");
        assertThat(row.text()).contains("active");
        assertThat(row.select("time").first().attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

        String revoke = row.select("form[action$=/revoke]").attr("action");
        Response revoked = browser.post(revoke, Map.of());
        revoked.then().statusCode(303).header("Location", endsWith("/account"));
        given().auth().oauth2(token).get("/api/me").then().statusCode(401);

        String after = browser.request().cookie("gz_flash", revoked.getCookie("gz_flash")).get("/account").asString();
        Document page = Jsoup.parse(after);
        assertThat(page.select(".flash").text()).contains("Nightly <export>").contains("revoked");
        assertThat(tokenRow(page, "Nightly <export>").text()).contains("revoked");
        assertThat(tokenRow(page, "Nightly <export>").select("form")).as("nothing left to revoke").isEmpty();
    }

    @Test
    void aRefusedNameStandsNextToItsFieldWithTheTypedTextKept() {
        TestAccounts.Account editor = accounts.create(Roles.EDITOR);
        PageSession browser = new PageSession(editor);
        String tooLong = "<b>" + "x".repeat(120) + "</b>";

        Document page = Jsoup.parse(browser.post("/account/tokens", Map.of("name", tooLong))
                .then().statusCode(422).extract().asString());
        assertThat(page.select("#token-name").val()).isEqualTo(tooLong);
        assertThat(page.select("#token-name").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#token-name").attr("aria-describedby")).isEqualTo("token-name-error");
        assertThat(page.select("#token-name-error").text()).contains("size");
        assertThat(page.select("#new-token-value")).isEmpty();
        browser.post("/account/tokens", Map.of("name", " ")).then().statusCode(422)
                .body(containsString("must not be blank"));
        editor.bearer().get("/api/tokens").then().body("size()", equalTo(1));
    }

    @Test
    void theTokenFormsNeedTheCsrfTokenWithASession() {
        TestAccounts.Account editor = accounts.create(Roles.EDITOR);
        PageSession browser = new PageSession(editor);
        browser.request().contentType(ContentType.URLENC).formParam("name", "forged")
                .post("/account/tokens").then().statusCode(403).body("type", equalTo("urn:gazette:problem:csrf"));
        long id = editor.bearer().get("/api/tokens").jsonPath().getLong("[0].id");
        browser.request().contentType(ContentType.URLENC).post("/account/tokens/{id}/revoke", id).then().statusCode(403);
        editor.bearer().get("/api/me").then().statusCode(200);
    }

    @Test
    void nobodyRevokesAnotherUsersTokenFromTheirAccountPage() {
        TestAccounts.Account owner = accounts.create(Roles.EDITOR);
        TestAccounts.Account other = accounts.create(Roles.ADMIN);
        long id = owner.bearer().get("/api/tokens").jsonPath().getLong("[0].id");
        PageSession browser = new PageSession(other);
        browser.post("/account/tokens/" + id + "/revoke", Map.of()).then().statusCode(404);
        owner.bearer().get("/api/me").then().statusCode(200);
        long own = other.bearer().get("/api/tokens").jsonPath().getLong("[0].id");
        browser.post("/account/tokens/" + own + "/revoke", Map.of()).then().statusCode(303);
        other.bearer().get("/api/me").then().statusCode(401);
    }

    @Test
    void anAdminListsCreatesAndRevokesAUsersTokensOnTheUsersPages() {
        TestAccounts.Account admin = accounts.create(Roles.ADMIN);
        TestAccounts.Account editor = accounts.create(Roles.EDITOR, "Edna <Editor>");
        PageSession browser = new PageSession(admin);

        Document users = Jsoup.parse(browser.get("/users").then().statusCode(200).extract().asString());
        assertThat(users.select("a[href=/users/" + editor.id() + "/tokens]")).hasSize(1);

        Document list = Jsoup.parse(browser.get("/users/" + editor.id() + "/tokens").then().statusCode(200).extract().asString());
        assertThat(list.select("h1").text()).isEqualTo("API tokens of Edna <Editor>");
        assertThat(tokenRow(list, "test").text()).contains("active");

        Document created = Jsoup.parse(browser.post("/users/" + editor.id() + "/tokens", Map.of("name", "made by an admin"))
                .then().statusCode(200).header("Cache-Control", "no-store").extract().asString());
        String token = created.select("#new-token-value").val();
        given().auth().oauth2(token).get("/api/me").then().statusCode(200).body("email", equalTo(editor.email()));
        admin.bearer().queryParam("action", "token.created").queryParam("actor", admin.email()).get("/api/audit").then()
                .body("content[0].details", equalTo("'made by an admin' for user:" + editor.id()));

        String revoke = tokenRow(created, "made by an admin").select("form[action$=/revoke]").attr("action");
        assertThat(revoke).startsWith("/users/" + editor.id() + "/tokens/");
        browser.post(revoke, Map.of()).then().statusCode(303).header("Location", endsWith("/users/" + editor.id() + "/tokens"));
        given().auth().oauth2(token).get("/api/me").then().statusCode(401);
        editor.bearer().get("/api/me").then().statusCode(200);
        admin.bearer().queryParam("action", "token.revoked").queryParam("actor", admin.email()).get("/api/audit").then()
                .body("content[0].details", equalTo("'made by an admin' of user:" + editor.id()));

        browser.get("/users/987654321/tokens").then().statusCode(404);
    }

    @Test
    void anEditorIsRefusedAnotherUsersTokensAndTheirApiTwin() {
        TestAccounts.Account editor = accounts.create(Roles.EDITOR);
        TestAccounts.Account admin = accounts.create(Roles.ADMIN);
        PageSession browser = new PageSession(editor);
        String path = "/users/" + admin.id() + "/tokens";
        long adminToken = admin.bearer().get("/api/tokens").jsonPath().getLong("[0].id");

        browser.get(path).then().statusCode(403);
        browser.post(path, Map.of("name", "sneaky")).then().statusCode(403);
        browser.post(path + "/" + adminToken + "/revoke", Map.of()).then().statusCode(403);
        editor.bearer().get("/api" + path).then().statusCode(403);
        editor.bearer().contentType(ContentType.JSON).body(Map.of("name", "sneaky")).post("/api" + path).then().statusCode(403);
        editor.bearer().delete("/api" + path + "/" + adminToken).then().statusCode(403);

        Document account = Jsoup.parse(browser.get("/account").asString());
        assertThat(account.select("a[href^=/users]")).as("no link to admin pages").isEmpty();
        admin.bearer().get("/api/me").then().statusCode(200);
        admin.bearer().get("/api/tokens").then().body("name", equalTo(List.of("test")));
    }

    @Test
    void theApiTwinListsCreatesAndRevokesAUsersTokensForAdmins() {
        TestAccounts.Account admin = accounts.create(Roles.ADMIN);
        TestAccounts.Account editor = accounts.create(Roles.EDITOR);
        Response created = admin.bearer().contentType(ContentType.JSON).body(Map.of("name", "for the importer"))
                .post("/api/users/{id}/tokens", editor.id());
        created.then().statusCode(201).header("Cache-Control", "no-store").body("token", notNullValue());
        String token = created.jsonPath().getString("token");
        long id = created.jsonPath().getLong("id");

        admin.bearer().get("/api/users/{id}/tokens", editor.id()).then().statusCode(200)
                .body("name", hasItem("for the importer")).body(not(containsString(token)));
        given().auth().oauth2(token).get("/api/me").then().statusCode(200).body("email", equalTo(editor.email()));
        admin.bearer().delete("/api/users/{id}/tokens/{token}", editor.id(), id).then().statusCode(200)
                .body("revokedAt", notNullValue());
        given().auth().oauth2(token).get("/api/me").then().statusCode(401);

        admin.bearer().get("/api/users/987654321/tokens").then().statusCode(404);
        admin.bearer().contentType(ContentType.JSON).body(Map.of("name", "")).post("/api/users/{id}/tokens", editor.id())
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    @TestSecurity(user = "tester@example.org", roles = "editor")
    void anIdentityWithoutAnAccountSeesItsAccountButNoTokens() {
        given().get("/account").then().statusCode(200).body(containsString("tester@example.org"))
                .body(containsString("API tokens belong to accounts"));
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        for (String path : List.of("/account", "/users/1/tokens")) {
            given().redirects().follow(false).get(path).then().statusCode(302).header("Location", containsString("/login"));
        }
    }

    private static Element tokenRow(Document page, String name) {
        return page.select("table.tokens tbody tr").stream()
                .filter(row -> row.child(0).text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for token " + name + " in " + page.select("table.tokens")));
    }
}
