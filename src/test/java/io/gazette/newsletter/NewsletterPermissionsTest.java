package io.gazette.newsletter;

import io.gazette.security.Roles;
import io.gazette.security.TestAccounts;
import io.gazette.security.TestAccounts.Account;
import io.gazette.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Per-newsletter permissions through HTTP, with real accounts and tokens: an editor granted newsletter A works on A
 * and its audience, and sees nothing of newsletter B, in the API and in the pages alike.
 */
@QuarkusTest
class NewsletterPermissionsTest {

    @Inject
    TestAccounts accounts;

    private Account admin;
    private Account editor;
    private Side a;
    private Side b;

    /** One newsletter with a list feeding it, a subscriber on that list and a draft issue. */
    private record Side(String slug, long newsletter, long list, long subscriber, long issue) {
    }

    @BeforeEach
    void twoNewslettersAndAnEditorOfTheFirst() {
        admin = accounts.create(Roles.ADMIN);
        editor = accounts.create(Roles.EDITOR);
        a = side("granted");
        b = side("foreign");
        admin.bearer().contentType(ContentType.JSON).body(Map.of("newsletterIds", List.of(a.newsletter)))
                .put("/api/users/{id}/newsletters", editor.id())
                .then().statusCode(200).body("newsletterIds", equalTo(List.of((int) a.newsletter)));
    }

    @Test
    void anEditorSeesAndEditsOnlyTheGrantedNewsletter() {
        assertThat(editor.bearer().get("/api/newsletters").jsonPath().getList("id", Long.class))
                .contains(a.newsletter).doesNotContain(b.newsletter);
        editor.bearer().get("/api/newsletters/{id}", a.newsletter).then().statusCode(200);
        editor.bearer().get("/api/newsletters/{id}", b.newsletter).then().statusCode(404);

        editor.bearer().get("/api/issues/{id}", a.issue).then().statusCode(200);
        editor.bearer().get("/api/issues/{id}", b.issue).then().statusCode(404)
                .contentType("application/problem+json");
        editor.bearer().get("/api/newsletters/{id}/issues", b.newsletter).then().statusCode(404);
        editor.bearer().contentType(ContentType.JSON).body(Map.of("title", "Planted"))
                .post("/api/newsletters/{id}/issues", b.newsletter).then().statusCode(404);
        editor.bearer().contentType(ContentType.JSON).body(Map.of("title", "Taken over"))
                .put("/api/issues/{id}", b.issue).then().statusCode(404);
        editor.bearer().contentType(ContentType.JSON).body(Fixtures.item("Slipped in"))
                .post("/api/issues/{id}/items", b.issue).then().statusCode(404);
        editor.bearer().get("/api/issues/{id}/preview", b.issue).then().statusCode(404);
        editor.bearer().get("/api/issues/{id}/sends", b.issue).then().statusCode(404);
        admin.bearer().get("/api/issues/{id}", b.issue).then().statusCode(200).body("title", equalTo("Issue of " + b.slug));
    }

    @Test
    void anEditorCannotSendAnotherNewslettersDraftNorMailAnotherNewslettersList() {
        editor.bearer().contentType(ContentType.JSON).body("{}")
                .post("/api/issues/{id}/send", b.issue).then().statusCode(404);
        editor.bearer().contentType(ContentType.JSON).body(Map.of("addresses", List.of("me@example.org")))
                .post("/api/issues/{id}/test", b.issue).then().statusCode(404);
        admin.bearer().get("/api/issues/{id}", b.issue).then().body("status", equalTo("DRAFT"));

        editor.bearer().contentType(ContentType.JSON).body(Map.of("lists", List.of(b.list)))
                .post("/api/issues/{id}/send", a.issue)
                .then().statusCode(400).body("errors[0].field", equalTo("lists"));
        admin.bearer().get("/api/issues/{id}", a.issue).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void anEditorPagesThroughTheSubscribersOfTheGrantedNewslettersListsOnly() {
        List<Long> listed = editor.bearer().queryParam("limit", 100).get("/api/subscribers").jsonPath().getList("items.id", Long.class);
        assertThat(listed).contains(a.subscriber).doesNotContain(b.subscriber);
        assertThat(editor.bearer().queryParam("q", b.slug).get("/api/subscribers").jsonPath().getList("items")).isEmpty();
        editor.bearer().get("/api/subscribers/{id}", a.subscriber).then().statusCode(200);
        editor.bearer().get("/api/subscribers/{id}", b.subscriber).then().statusCode(404);
        editor.bearer().queryParam("list", b.list).get("/api/subscribers").then().statusCode(404);

        assertThat(editor.bearer().get("/api/lists").jsonPath().getList("id", Long.class))
                .contains(a.list).doesNotContain(b.list);
        editor.bearer().get("/api/lists/{id}", b.list).then().statusCode(404);
        assertThat(editor.bearer().get("/api/lists/growth").jsonPath().getList("lists.listId", Long.class))
                .contains(a.list).doesNotContain(b.list);
        assertThat(admin.bearer().get("/api/lists/growth").jsonPath().getList("lists.listId", Long.class))
                .contains(a.list, b.list);
    }

    @Test
    void thePagesAgreeWithTheApi() {
        String dashboard = editor.bearer().get("/dashboard").then().statusCode(200).extract().asString();
        assertThat(dashboard).contains("Issue of " + a.slug).doesNotContain("Issue of " + b.slug);
        String subscribers = editor.bearer().get("/subscribers").then().statusCode(200).extract().asString();
        assertThat(subscribers).contains(a.slug + "@example.org").doesNotContain(b.slug + "@example.org");
        editor.bearer().get("/issues/{id}", b.issue).then().statusCode(404);
        editor.bearer().get("/lists/{id}", b.list).then().statusCode(404);
    }

    @Test
    void anEditorWithoutGrantsSeesNothing() {
        Account stranger = accounts.create(Roles.EDITOR);
        assertThat(stranger.bearer().get("/api/newsletters").jsonPath().getList("$")).isEmpty();
        assertThat(stranger.bearer().get("/api/lists").jsonPath().getList("$")).isEmpty();
        assertThat(stranger.bearer().get("/api/subscribers").jsonPath().getList("items")).isEmpty();
        assertThat(stranger.bearer().get("/api/lists/growth").jsonPath().getList("lists")).isEmpty();
        stranger.bearer().get("/api/issues/{id}", a.issue).then().statusCode(404);
        stranger.bearer().get("/dashboard").then().statusCode(200)
                .body(containsString("no newsletter"));
    }

    @Test
    void grantsAreAdminsToSetAndNameWhatIsWrong() {
        admin.bearer().get("/api/users/{id}/newsletters", editor.id())
                .then().statusCode(200).body("newsletterIds", equalTo(List.of((int) a.newsletter)));
        admin.bearer().contentType(ContentType.JSON).body(Map.of("newsletterIds", List.of(a.newsletter, 987654321L)))
                .put("/api/users/{id}/newsletters", editor.id())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("newsletterIds"));
        admin.bearer().get("/api/users/{id}/newsletters", 987654321L).then().statusCode(404);
        editor.bearer().contentType(ContentType.JSON).body(Map.of("newsletterIds", List.of(a.newsletter, b.newsletter)))
                .put("/api/users/{id}/newsletters", editor.id()).then().statusCode(403);
        editor.bearer().get("/api/issues/{id}", b.issue).then().statusCode(404);

        admin.bearer().contentType(ContentType.JSON).body(Map.of("newsletterIds", List.of(a.newsletter, b.newsletter)))
                .put("/api/users/{id}/newsletters", editor.id()).then().statusCode(200);
        editor.bearer().get("/api/issues/{id}", b.issue).then().statusCode(200);
        assertThat(admin.bearer().queryParam("action", "user.newsletters-changed").queryParam("size", 100)
                .get("/api/audit").jsonPath().getList("content.target", String.class))
                .contains("user:" + editor.id());
    }

    @Test
    void adminsTickAnEditorsNewslettersOnThePage() {
        String page = admin.bearer().get("/users/{id}/newsletters", editor.id()).then().statusCode(200).extract().asString();
        assertThat(page).contains("value=\"" + a.newsletter + "\" checked").contains("value=\"" + b.newsletter + "\">");
        admin.bearer().redirects().follow(false).contentType(ContentType.URLENC).formParam("newsletterIds", b.newsletter)
                .post("/users/{id}/newsletters", editor.id()).then().statusCode(303);
        admin.bearer().get("/api/users/{id}/newsletters", editor.id())
                .then().body("newsletterIds", equalTo(List.of((int) b.newsletter)));
        editor.bearer().get("/users/{id}/newsletters", editor.id()).then().statusCode(403);
        assertThat(admin.bearer().get("/users").asString()).contains("/users/" + editor.id() + "/newsletters");
    }

    private Side side(String prefix) {
        String slug = Fixtures.uniqueSlug(prefix);
        long newsletter = admin.bearer().contentType(ContentType.JSON).body(Fixtures.newsletterBody(slug))
                .post("/api/newsletters").then().statusCode(201).extract().jsonPath().getLong("id");
        long list = admin.bearer().contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "name", "List " + slug, "visibility", "PUBLIC", "optIn", "SINGLE",
                        "newsletterIds", List.of(newsletter)))
                .post("/api/lists").then().statusCode(201).extract().jsonPath().getLong("id");
        long subscriber = admin.bearer().contentType(ContentType.JSON)
                .body(Map.of("email", slug + "@example.org", "lists", List.of(list), "status", "CONFIRMED"))
                .post("/api/subscribers").then().statusCode(201).extract().jsonPath().getLong("id");
        long issue = admin.bearer().contentType(ContentType.JSON)
                .body(Map.of("title", "Issue of " + slug, "intro", "Hello.", "items", List.of(Fixtures.item("First"))))
                .post("/api/newsletters/{id}/issues", newsletter).then().statusCode(201).extract().jsonPath().getLong("id");
        return new Side(slug, newsletter, list, subscriber, issue);
    }
}
