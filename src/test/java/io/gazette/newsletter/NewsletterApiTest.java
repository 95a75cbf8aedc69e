package io.gazette.newsletter;

import io.gazette.support.Fixtures;
import io.gazette.support.IssueStates;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class NewsletterApiTest {

    @Test
    void createsReadsListsUpdatesAndDeletes() {
        String slug = Fixtures.uniqueSlug("crud");
        String location = given().contentType(ContentType.JSON).body(Fixtures.newsletterBody(slug))
                .post("/api/newsletters")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("slug", equalTo(slug))
                .body("theme", equalTo("default"))
                .body("sendDay", equalTo("THURSDAY"))
                .body("lastIssueNumber", equalTo(0))
                .extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        given().get("/api/newsletters/{id}", id).then().statusCode(200).body("name", equalTo("Test Weekly " + slug));
        given().get("/api/newsletters").then().statusCode(200).body("slug", hasItem(slug));

        Map<String, Object> changed = new HashMap<>(Fixtures.newsletterBody(slug));
        changed.put("name", "Renamed Weekly");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .put("/api/newsletters/{id}", id)
                .then().statusCode(200).body("name", equalTo("Renamed Weekly")).header("ETag", equalTo("\"1\""));

        given().delete("/api/newsletters/{id}", id).then().statusCode(204);
        given().get("/api/newsletters/{id}", id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("Newsletter " + id));
    }

    @Test
    void staleWritesAreRefused() {
        String slug = Fixtures.uniqueSlug("stale");
        long id = given().contentType(ContentType.JSON).body(Fixtures.newsletterBody(slug))
                .post("/api/newsletters").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> first = new HashMap<>(Fixtures.newsletterBody(slug));
        first.put("version", 0);
        given().contentType(ContentType.JSON).body(first).put("/api/newsletters/{id}", id).then().statusCode(200);

        // A second editor still holding version 0 must not overwrite the first one's change.
        given().contentType(ContentType.JSON).body(first).put("/api/newsletters/{id}", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:gazette:problem:stale-write"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Fixtures.newsletterBody(slug))
                .put("/api/newsletters/{id}", id).then().statusCode(412);
        given().contentType(ContentType.JSON).body(Fixtures.newsletterBody(slug))
                .put("/api/newsletters/{id}", id).then().statusCode(428);
    }

    @Test
    void validationErrorsNameEachField() {
        Map<String, Object> bad = new HashMap<>(Fixtures.newsletterBody("Not A Slug"));
        bad.put("senderAddress", "not-an-address");
        bad.put("name", "Evil\r\nBcc: victim@example.org");
        bad.put("timeZone", "Mars/Olympus");
        given().contentType(ContentType.JSON).body(bad).post("/api/newsletters")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/newsletters"))
                .body("errors.field", hasItems("slug", "senderAddress", "name", "timeZone"));
    }

    @Test
    void duplicateSlugIsAConflictOnTheSlugField() {
        String slug = Fixtures.uniqueSlug("dup");
        given().contentType(ContentType.JSON).body(Fixtures.newsletterBody(slug)).post("/api/newsletters").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Fixtures.newsletterBody(slug)).post("/api/newsletters")
                .then().statusCode(409).body("errors[0].field", equalTo("slug"));
    }

    @Test
    void malformedAndUnsupportedBodiesGetProblems() {
        given().contentType(ContentType.JSON).body("{\"slug\": \"x\", ").post("/api/newsletters")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:gazette:problem:malformed-body"));
        given().contentType(ContentType.JSON).body("{\"slug\":\"ok-slug\",\"sendTime\":\"25:99\"}").post("/api/newsletters")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("sendTime"));
        given().contentType(ContentType.XML).body("<newsletter/>").post("/api/newsletters")
                .then().statusCode(415).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("").post("/api/newsletters")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void oversizedBodiesAreRefused() {
        String huge = "x".repeat(3 * 1024 * 1024);
        given().contentType(ContentType.JSON).body("{\"name\":\"" + huge + "\"}").post("/api/newsletters")
                .then().statusCode(413);
    }

    @Test
    void newsletterWithSentIssuesCannotBeDeleted() {
        long newsletter = Fixtures.newsletter();
        long issue = Fixtures.issue(newsletter, 1);
        IssueStates.markSent(issue);
        given().delete("/api/newsletters/{id}", newsletter)
                .then().statusCode(409).body("detail", containsString("sent"));
        given().get("/api/issues/{id}", issue).then().statusCode(200).body("status", equalTo("SENT"));
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void editorsReadButDoNotManageNewsletters() {
        given().get("/api/newsletters").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Fixtures.newsletterBody(Fixtures.uniqueSlug("ed")))
                .post("/api/newsletters").then().statusCode(403);
    }

    @Test
    @TestSecurity
    void anonymousCallersAreRefused() {
        given().get("/api/newsletters").then().statusCode(401);
    }

    @Test
    void locationHeaderPointsAtTheNewResource() {
        given().contentType(ContentType.JSON).body(Fixtures.newsletterBody(Fixtures.uniqueSlug("loc")))
                .post("/api/newsletters")
                .then().statusCode(201).header("Location", notNullValue()).header("Location", containsString("/api/newsletters/"))
                .header("Location", endsWith(String.valueOf(given().get("/api/newsletters").jsonPath().getList("id").stream()
                        .mapToLong(o -> ((Number) o).longValue()).max().orElseThrow())));
    }
}
