package io.gazette.issue;

import io.gazette.support.Fixtures;
import io.gazette.support.IssueStates;
import io.gazette.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class IssueApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void createsAnIssueWithItemsNumberedInOrder() {
        long newsletter = Fixtures.newsletter();
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Week one", "subject", "Week one: chips and data", "preheader", "Eight items",
                        "intro", "Hello **readers**.", "closing", "Bye.", "ctaLabel", "Share", "ctaUrl", "https://example.org/share",
                        "items", List.of(Fixtures.item("First"), Fixtures.item("Second"), Fixtures.item("Third"))))
                .post("/api/newsletters/{id}/issues", newsletter)
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("number", equalTo(1))
                .body("status", equalTo("DRAFT"))
                .body("subject", equalTo("Week one: chips and data"))
                .body("items.headline", contains("First", "Second", "Third"))
                .body("items.position", contains(1, 2, 3));
    }

    @Test
    void numbersAreSequentialPerNewsletterAndNeverReused() {
        long newsletter = Fixtures.newsletter();
        long first = Fixtures.issue(newsletter, 0);
        long second = Fixtures.issue(newsletter, 0);
        given().get("/api/issues/{id}", second).then().body("number", equalTo(2));
        given().delete("/api/issues/{id}", second).then().statusCode(204);
        long third = Fixtures.issue(newsletter, 0);
        given().get("/api/issues/{id}", third).then().body("number", equalTo(3));
        given().get("/api/issues/{id}", first).then().body("number", equalTo(1));

        long other = Fixtures.newsletter();
        given().get("/api/issues/{id}", Fixtures.issue(other, 0)).then().body("number", equalTo(1));
    }

    @Test
    void listsFilterByStatusAndPage() {
        long newsletter = Fixtures.newsletter();
        for (int i = 0; i < 5; i++) {
            Fixtures.issue(newsletter, 1);
        }
        long sent = Fixtures.issue(newsletter, 1);
        IssueStates.markSent(sent);

        given().queryParam("size", 2).get("/api/newsletters/{id}/issues", newsletter)
                .then().statusCode(200)
                .body("content", hasSize(2))
                .body("content.number", contains(6, 5))
                .body("totalElements", equalTo(6))
                .body("totalPages", equalTo(3));
        given().queryParam("size", 2).queryParam("page", 2).get("/api/newsletters/{id}/issues", newsletter)
                .then().body("content.number", contains(2, 1));
        given().queryParam("status", "SENT").get("/api/newsletters/{id}/issues", newsletter)
                .then().body("content.id", contains((int) sent)).body("content[0].itemCount", equalTo(1));
        given().queryParam("status", "DRAFT").queryParam("status", "SCHEDULED").get("/api/newsletters/{id}/issues", newsletter)
                .then().body("totalElements", equalTo(5));
        given().queryParam("status", "PUBLISHED").get("/api/newsletters/{id}/issues", newsletter)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().queryParam("size", 1000).get("/api/newsletters/{id}/issues", newsletter)
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().get("/api/newsletters/{id}/issues", 999_999).then().statusCode(404);
    }

    @Test
    void updatesNeedTheCurrentVersion() {
        long issue = Fixtures.issue(Fixtures.newsletter(), 1);
        Map<String, Object> edit = Map.of("title", "Edited", "intro", "New intro");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit).put("/api/issues/{id}", issue)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("title", equalTo("Edited"))
                .body("items", hasSize(1));
        // The second editor still holds ETag "0".
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("title", "Mine")).put("/api/issues/{id}", issue)
                .then().statusCode(412).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("title", "Mine", "version", 0)).put("/api/issues/{id}", issue)
                .then().statusCode(409).body("type", equalTo("urn:gazette:problem:stale-write"));
        given().contentType(ContentType.JSON).body(Map.of("title", "Mine")).put("/api/issues/{id}", issue)
                .then().statusCode(428);
        given().get("/api/issues/{id}", issue).then().body("title", equalTo("Edited")).header("ETag", equalTo("\"1\""));
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsSaved() {
        long newsletter = Fixtures.newsletter();
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "", "subject", "Hi\nBcc: x@example.org", "ctaUrl", "javascript:alert(1)",
                        "items", List.of(Fixtures.item("Fine"), Map.of("headline", "No body", "sourceUrl", "data:text/html,x"))))
                .post("/api/newsletters/{id}/issues", newsletter)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("subject"))
                .body("errors.field", hasItem("ctaUrl"))
                .body("errors.field", hasItem("items[1].body"))
                .body("errors.field", hasItem("items[1].sourceUrl"));
        given().get("/api/newsletters/{id}/issues", newsletter).then().body("totalElements", equalTo(0));
        given().get("/api/newsletters/{id}", newsletter).then().body("lastIssueNumber", equalTo(0));
    }

    @Test
    void schedulingFollowsTheStatusMachine() {
        clock.set(Instant.parse("2026-11-23T10:00:00Z"));
        long issue = Fixtures.issue(Fixtures.newsletter(), 2);
        given().contentType(ContentType.JSON).body(Map.of("status", "SCHEDULED", "scheduledAt", "2026-11-26T08:00"))
                .post("/api/issues/{id}/status", issue)
                .then().statusCode(200).body("status", equalTo("SCHEDULED"))
                // 08:00 in Europe/Lisbon in November is 08:00 UTC.
                .body("scheduledAt", equalTo("2026-11-26T08:00:00Z"));
        given().contentType(ContentType.JSON).body(Map.of("status", "DRAFT")).post("/api/issues/{id}/status", issue)
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("scheduledAt", nullValue());
        // Without a time, the newsletter's weekly slot (Thursday 08:00 Lisbon) is used.
        given().contentType(ContentType.JSON).body(Map.of("status", "SCHEDULED")).post("/api/issues/{id}/status", issue)
                .then().statusCode(200).body("scheduledAt", equalTo("2026-11-26T08:00:00Z"));
        given().contentType(ContentType.JSON).body(Map.of("status", "CANCELLED")).post("/api/issues/{id}/status", issue)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().contentType(ContentType.JSON).body(Map.of("status", "SCHEDULED", "scheduledAt", "2026-11-30T08:00:00Z"))
                .post("/api/issues/{id}/status", issue)
                .then().statusCode(409).body("type", equalTo("urn:gazette:problem:illegal-transition"))
                .body("detail", containsString("CANCELLED"));
    }

    @Test
    void schedulingRefusesBadTimesAndEmptyIssues() {
        clock.set(Instant.parse("2026-11-23T10:00:00Z"));
        long empty = Fixtures.issue(Fixtures.newsletter(), 0);
        given().contentType(ContentType.JSON).body(Map.of("status", "SCHEDULED", "scheduledAt", "2026-12-01T08:00:00Z"))
                .post("/api/issues/{id}/status", empty).then().statusCode(400).body("errors[0].field", equalTo("status"));
        long issue = Fixtures.issue(Fixtures.newsletter(), 1);
        given().contentType(ContentType.JSON).body(Map.of("status", "SCHEDULED", "scheduledAt", "2026-11-01T08:00:00Z"))
                .post("/api/issues/{id}/status", issue).then().statusCode(400).body("errors[0].field", equalTo("scheduledAt"));
        given().contentType(ContentType.JSON).body(Map.of("status", "SCHEDULED", "scheduledAt", "next thursday"))
                .post("/api/issues/{id}/status", issue).then().statusCode(400).body("errors[0].field", equalTo("scheduledAt"));
        given().contentType(ContentType.JSON).body(Map.of("status", "SENT"))
                .post("/api/issues/{id}/status", issue).then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().get("/api/issues/{id}", issue).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void sentIssuesAreReadOnly() {
        long issue = Fixtures.issue(Fixtures.newsletter(), 2);
        long item = given().get("/api/issues/{id}", issue).jsonPath().getLong("items[0].id");
        IssueStates.markSent(issue);

        given().contentType(ContentType.JSON).body(Map.of("title", "Too late", "version", 2)).put("/api/issues/{id}", issue)
                .then().statusCode(409).body("type", equalTo("urn:gazette:problem:issue-read-only"))
                .body("detail", containsString("SENT"));
        given().contentType(ContentType.JSON).body(Fixtures.item("Late")).post("/api/issues/{id}/items", issue)
                .then().statusCode(409).body("type", equalTo("urn:gazette:problem:issue-read-only"));
        given().delete("/api/issues/{id}/items/{item}", issue, item).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("position", 2)).post("/api/issues/{id}/items/{item}/move", issue, item)
                .then().statusCode(409);
        given().contentType("text/plain").body("1. Late\n\nBody").post("/api/issues/{id}/import", issue).then().statusCode(409);
        given().delete("/api/issues/{id}", issue).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("status", "DRAFT")).post("/api/issues/{id}/status", issue)
                .then().statusCode(409).body("type", equalTo("urn:gazette:problem:illegal-transition"));
        given().get("/api/issues/{id}", issue).then().body("items", hasSize(2)).body("status", equalTo("SENT"));
    }

    @Test
    void duplicatesAsTheNextDraft() {
        long newsletter = Fixtures.newsletter();
        long issue = Fixtures.issue(newsletter, 3);
        IssueStates.markSent(issue);

        given().contentType(ContentType.JSON).body(Map.of()).post("/api/issues/{id}/duplicate", issue)
                .then().statusCode(201).body("number", equalTo(2)).body("status", equalTo("DRAFT"))
                .body("intro", equalTo("Hello.")).body("items", hasSize(0));
        given().contentType(ContentType.JSON).body(Map.of("includeItems", true)).post("/api/issues/{id}/duplicate", issue)
                .then().statusCode(201).body("number", equalTo(3))
                .body("items.headline", contains("Headline 1", "Headline 2", "Headline 3"))
                .body("items.position", contains(1, 2, 3));
        given().get("/api/issues/{id}", issue).then().body("items", hasSize(3));
    }

    @Test
    void unknownIdsAre404Problems() {
        given().get("/api/issues/{id}", 987_654).then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Not found"));
        given().contentType(ContentType.JSON).body(Map.of("title", "x")).post("/api/newsletters/{id}/issues", 987_654)
                .then().statusCode(404);
    }
}
