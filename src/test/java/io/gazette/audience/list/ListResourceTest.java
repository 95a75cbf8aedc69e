package io.gazette.audience.list;

import io.gazette.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ListResourceTest {

    static Map<String, Object> body(String slug, String visibility, List<Long> newsletters) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("name", "Morning <Brief>");
        body.put("description", "Weekday mornings");
        body.put("visibility", visibility);
        body.put("optIn", "DOUBLE");
        body.put("newsletterIds", newsletters);
        return body;
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminsCreateReadUpdateAndDeleteLists() {
        long newsletter = Fixtures.newsletter();
        String slug = Fixtures.uniqueSlug("morning");
        int id = given().contentType(ContentType.JSON).body(body(slug, "PUBLIC", List.of(newsletter)))
                .post("/api/lists")
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("slug", equalTo(slug))
                .body("newsletterIds", hasItem((int) newsletter))
                .body("subscribeUrl", equalTo("http://localhost:8080/subscribe/" + slug))
                .body("members.confirmed", equalTo(0))
                .extract().path("id");

        given().get("/api/lists").then().statusCode(200).body("slug", hasItem(slug));

        Map<String, Object> update = body(slug, "PRIVATE", List.of());
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update)
                .put("/api/lists/{id}", id)
                .then().statusCode(200).body("visibility", equalTo("PRIVATE")).body("subscribeUrl", nullValue());
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update)
                .put("/api/lists/{id}", id)
                .then().statusCode(412);

        given().contentType(ContentType.JSON).body(body(slug, "PUBLIC", List.of())).post("/api/lists")
                .then().statusCode(409).body("errors[0].field", equalTo("slug"));
        given().contentType(ContentType.JSON).body(body(Fixtures.uniqueSlug("x"), "PUBLIC", List.of(999_999L)))
                .post("/api/lists")
                .then().statusCode(400).body("errors[0].field", equalTo("newsletterIds"));

        given().delete("/api/lists/{id}", id).then().statusCode(204);
        given().get("/api/lists/{id}", id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void embedSnippetPostsToTheHostedFormAndEscapesTheName() {
        String slug = Fixtures.uniqueSlug("embed");
        int id = given().contentType(ContentType.JSON).body(body(slug, "PUBLIC", List.of())).post("/api/lists")
                .then().statusCode(201).extract().path("id");
        given().get("/api/lists/{id}/embed", id)
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("action=\"http://localhost:8080/subscribe/" + slug + "\""),
                        containsString("name=\"website\""), containsString("Morning &lt;Brief&gt;"),
                        not(containsString("<Brief>")));

        String hidden = Fixtures.uniqueSlug("hidden");
        int privateId = given().contentType(ContentType.JSON).body(body(hidden, "PRIVATE", List.of())).post("/api/lists")
                .then().statusCode(201).extract().path("id");
        given().get("/api/lists/{id}/embed", privateId).then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void editorsReadButDoNotWrite() {
        given().get("/api/lists").then().statusCode(200);
        given().contentType(ContentType.JSON).body(body(Fixtures.uniqueSlug("no"), "PUBLIC", List.of())).post("/api/lists")
                .then().statusCode(403);
    }

    @Test
    void anonymousCallersAreRefused() {
        given().get("/api/lists").then().statusCode(401);
    }
}
