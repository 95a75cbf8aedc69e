package io.gazette.issue;

import io.gazette.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class ItemApiTest {

    private static List<String> headlines(long issue) {
        return given().get("/api/issues/{id}/items", issue).jsonPath().getList("headline");
    }

    private static List<Integer> positions(long issue) {
        return given().get("/api/issues/{id}/items", issue).jsonPath().getList("position");
    }

    private static List<Long> ids(long issue) {
        return given().get("/api/issues/{id}/items", issue).jsonPath().getList("id", Long.class);
    }

    @Test
    void addsAtTheEndOrAtAPosition() {
        long issue = Fixtures.issue(Fixtures.newsletter(), 2);
        given().contentType(ContentType.JSON).body(Fixtures.item("Appended")).post("/api/issues/{id}/items", issue)
                .then().statusCode(201).body("position", equalTo(3));
        Map<String, Object> first = new HashMap<>(Fixtures.item("Now first"));
        first.put("position", 1);
        given().contentType(ContentType.JSON).body(first).post("/api/issues/{id}/items", issue)
                .then().statusCode(201).body("position", equalTo(1));
        assertEquals(List.of("Now first", "Headline 1", "Headline 2", "Appended"), headlines(issue));
        assertEquals(List.of(1, 2, 3, 4), positions(issue));

        Map<String, Object> tooFar = new HashMap<>(Fixtures.item("Nowhere"));
        tooFar.put("position", 9);
        given().contentType(ContentType.JSON).body(tooFar).post("/api/issues/{id}/items", issue)
                .then().statusCode(400).body("errors[0].field", equalTo("position"));
    }

    @Test
    void editsWithVersionsAndRefusesStaleOnes() {
        long issue = Fixtures.issue(Fixtures.newsletter(), 1);
        long item = ids(issue).get(0);
        Map<String, Object> edit = new HashMap<>(Fixtures.item("Better headline"));
        edit.put("tag", "Funding");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit)
                .put("/api/issues/{id}/items/{item}", issue, item)
                .then().statusCode(200).body("headline", equalTo("Better headline")).body("tag", equalTo("Funding"))
                .header("ETag", equalTo("\"1\""));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit)
                .put("/api/issues/{id}/items/{item}", issue, item).then().statusCode(412);
        given().get("/api/issues/{id}/items/{item}", issue, item).then().statusCode(200).header("ETag", equalTo("\"1\""));
    }

    @Test
    void itemChangesMoveTheIssueEtag() {
        long issue = Fixtures.issue(Fixtures.newsletter(), 1);
        String before = given().get("/api/issues/{id}", issue).header("ETag");
        given().contentType(ContentType.JSON).body(Fixtures.item("Another")).post("/api/issues/{id}/items", issue).then().statusCode(201);
        String after = given().get("/api/issues/{id}", issue).header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(before, after);
    }

    @Test
    void removingRenumbersTheRest() {
        long issue = Fixtures.issue(Fixtures.newsletter(), 4);
        given().delete("/api/issues/{id}/items/{item}", issue, ids(issue).get(1)).then().statusCode(204);
        assertEquals(List.of("Headline 1", "Headline 3", "Headline 4"), headlines(issue));
        assertEquals(List.of(1, 2, 3), positions(issue));
        given().delete("/api/issues/{id}/items/{item}", issue, 123_456_789).then().statusCode(404);
    }

    @Test
    void movesOneItem() {
        long issue = Fixtures.issue(Fixtures.newsletter(), 4);
        long last = ids(issue).get(3);
        given().contentType(ContentType.JSON).body(Map.of("position", 1)).post("/api/issues/{id}/items/{item}/move", issue, last)
                .then().statusCode(200)
                .body("headline", contains("Headline 4", "Headline 1", "Headline 2", "Headline 3"))
                .body("position", contains(1, 2, 3, 4));
        given().contentType(ContentType.JSON).body(Map.of("position", 3)).post("/api/issues/{id}/items/{item}/move", issue, last)
                .then().statusCode(200).body("headline", contains("Headline 1", "Headline 2", "Headline 4", "Headline 3"));
        given().contentType(ContentType.JSON).body(Map.of("position", 5)).post("/api/issues/{id}/items/{item}/move", issue, last)
                .then().statusCode(400).body("errors[0].field", equalTo("position"));
        given().contentType(ContentType.JSON).body(Map.of("position", 0)).post("/api/issues/{id}/items/{item}/move", issue, last)
                .then().statusCode(400).body("errors.field", hasItem("position"));
    }

    @Test
    void reordersAllItemsInOneCall() {
        long issue = Fixtures.issue(Fixtures.newsletter(), 3);
        List<Long> ids = ids(issue);
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(ids.get(2), ids.get(0), ids.get(1))))
                .put("/api/issues/{id}/items/order", issue)
                .then().statusCode(200)
                .body("headline", contains("Headline 3", "Headline 1", "Headline 2"))
                .body("position", contains(1, 2, 3));
        // A stale order (an item was added meanwhile) and a doubled id are refused, and nothing moves.
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(ids.get(0), ids.get(1))))
                .put("/api/issues/{id}/items/order", issue).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(ids.get(0), ids.get(0), ids.get(1))))
                .put("/api/issues/{id}/items/order", issue).then().statusCode(400).body("errors[0].field", equalTo("ids"));
        assertEquals(List.of("Headline 3", "Headline 1", "Headline 2"), headlines(issue));
    }

    @Test
    void aHugeWrongOrderIsAnsweredBriefly() {
        long issue = Fixtures.issue(Fixtures.newsletter(), 2);
        List<Long> unknown = LongStream.rangeClosed(1_000_000_001L, 1_000_100_000L).boxed().toList();
        String detail = given().contentType(ContentType.JSON).body(Map.of("ids", unknown))
                .put("/api/issues/{id}/items/order", issue)
                .then().statusCode(409).extract().path("detail");
        assertThat(detail).contains("leaves out " + ids(issue).get(0) + ", " + ids(issue).get(1))
                .contains("1000000001, ", "1000000010 and 99990 more")
                .doesNotContain("1000000011");
        assertThat(detail.length()).isLessThan(400);
    }

    @Test
    void rejectsUnsafeLinksAndHeaderBreaks() {
        long issue = Fixtures.issue(Fixtures.newsletter(), 0);
        given().contentType(ContentType.JSON)
                .body(Map.of("headline", "Line\r\nbreak", "body", "ok", "sourceUrl", "javascript:alert(1)", "imageUrl", "ftp://example.org/x.png"))
                .post("/api/issues/{id}/items", issue)
                .then().statusCode(400)
                .body("errors.field", hasItem("headline"))
                .body("errors.field", hasItem("sourceUrl"))
                .body("errors.field", hasItem("imageUrl"));
        assertEquals(List.of(), headlines(issue));
    }

    @Test
    void concurrentAddsKeepNumbersContiguous() throws Exception {
        long issue = Fixtures.issue(Fixtures.newsletter(), 0);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> adds = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String headline = "Parallel " + i;
                adds.add(() -> given().contentType(ContentType.JSON).body(Fixtures.item(headline))
                        .post("/api/issues/{id}/items", issue).statusCode());
            }
            for (Future<Integer> status : pool.invokeAll(adds)) {
                assertEquals(201, status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        JsonPath items = given().get("/api/issues/{id}/items", issue).jsonPath();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), items.getList("position"));
    }
}
