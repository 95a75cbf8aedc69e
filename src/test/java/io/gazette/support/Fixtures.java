package io.gazette.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Creates newsletters, issues and items through the public API, each with unique names so tests never collide. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> newsletterBody(String slug) {
        return Map.of(
                "slug", slug,
                "name", "Test Weekly " + slug,
                "senderName", "Test Weekly",
                "senderAddress", "news@example.org",
                "timeZone", "Europe/Lisbon",
                "sendDay", "THURSDAY",
                "sendTime", "08:00");
    }

    public static long newsletter() {
        return given().contentType(ContentType.JSON).body(newsletterBody(uniqueSlug("nl")))
                .post("/api/newsletters")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static long issue(long newsletterId, int itemCount) {
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (int i = 1; i <= itemCount; i++) {
            items.add(item("Headline " + i));
        }
        return given().contentType(ContentType.JSON)
                .body(Map.of("title", "Issue title", "intro", "Hello.", "items", items))
                .post("/api/newsletters/{id}/issues", newsletterId)
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** Lets the editor {@code userId} work on {@code newsletterIds} (and only those), as an admin grants it. */
    public static void grant(RequestSpecification admin, long userId, Long... newsletterIds) {
        admin.contentType(ContentType.JSON).body(Map.of("newsletterIds", List.of(newsletterIds)))
                .put("/api/users/{id}/newsletters", userId).then().statusCode(200);
    }

    public static Map<String, Object> item(String headline) {
        return Map.of("headline", headline, "body", "Body of " + headline + ".", "sourceUrl", "https://example.org/" + headline.length());
    }
}
