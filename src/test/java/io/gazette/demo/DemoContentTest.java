package io.gazette.demo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@TestProfile(DemoContentTest.WithDemo.class)
@TestSecurity(user = "admin", roles = "admin")
class DemoContentTest {

    public static class WithDemo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The test profile starts every application on an empty schema, so the seed runs.
            return Map.of("gazette.demo.enabled", "true");
        }
    }

    @Test
    void seedsARealisticDraftDigest() {
        long newsletter = given().get("/api/newsletters").then().statusCode(200)
                .body("slug", org.hamcrest.Matchers.hasItem("tidewater-weekly"))
                .extract().jsonPath().getLong("find { it.slug == 'tidewater-weekly' }.id");
        long issue = given().get("/api/newsletters/{id}/issues", newsletter).then()
                .body("content", hasSize(1)).body("content[0].status", equalTo("DRAFT"))
                .extract().jsonPath().getLong("content[0].id");
        given().get("/api/issues/{id}", issue).then()
                .body("items", hasSize(8))
                .body("items[0].headline", equalTo("A chip packaging line opens on the old harbour"))
                .body("items[0].sourceUrl", equalTo("https://news.tidewater.example/alder-packaging-line"))
                .body("items[0].tag", equalTo("Hardware"))
                .body("intro", notNullValue())
                .body("closing", notNullValue());
        given().get("/api/lists").then().statusCode(200)
                .body("find { it.slug == 'tidewater-readers' }.newsletterIds", hasItem((int) newsletter));
        given().get("/api/subscribers?q=reader@example.org").then().statusCode(200).body("items", hasSize(3));
    }
}
