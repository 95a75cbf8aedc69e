package io.gazette.issue.web;

import io.gazette.security.TestAccounts;
import io.gazette.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Two editors saving the same item: the second is told who saved first and what differs, and loses no text. */
@QuarkusTest
@TestSecurity(user = "editor@example.org", roles = "editor")
class ItemConflictPageTest {

    @Inject
    TestAccounts accounts;

    @Test
    void aStaleItemSaveShowsWhoSavedFirstAndEachDifferingFieldAndKeepsTheTypedText() {
        TestAccounts.Account otto = accounts.create("editor", "Otto Other");
        TestAccounts.Account admin = accounts.create("admin");
        long newsletter = admin.bearer().contentType(ContentType.JSON)
                .body(Fixtures.newsletterBody(Fixtures.uniqueSlug("conflict"))).post("/api/newsletters")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Fixtures.grant(admin.bearer(), otto.id(), newsletter);
        long issue = Fixtures.issue(newsletter, 1);
        JsonPath item = given().get("/api/issues/{id}", issue).jsonPath();
        long itemId = item.getLong("items[0].id");
        long loadedVersion = item.getLong("items[0].version");

        Map<String, Object> theirs = new HashMap<>(Fixtures.item("Otto's headline"));
        theirs.put("version", loadedVersion);
        otto.bearer().contentType(ContentType.JSON).body(theirs).put("/api/issues/{issue}/items/{item}", issue, itemId)
                .then().statusCode(200);

        Document page = Jsoup.parse(given().contentType(ContentType.URLENC).header("HX-Request", "true")
                .formParam("headline", "Edna's <em>headline</em>").formParam("body", theirs.get("body")).formParam("sourceUrl", theirs.get("sourceUrl"))
                .formParam("version", loadedVersion).post("/issues/{issue}/items/{item}", issue, itemId)
                .then().statusCode(409).extract().asString());
        assertThat(page.select(".conflict").text()).contains("Otto Other (" + otto.email() + ") saved it");
        assertThat(page.select(".conflict dt").eachText()).containsExactly("Headline");
        assertThat(page.select(".conflict dd").eachText()).containsExactly("Otto's headline");
        assertThat(page.select("#edit-headline").val()).isEqualTo("Edna's <em>headline</em>");
        assertThat(page.select("#edit-headline em")).isEmpty();
        long storedVersion = given().get("/api/issues/{id}", issue).jsonPath().getLong("items[0].version");
        assertThat(page.select("input[name=version]").val()).isEqualTo(String.valueOf(storedVersion));

        given().contentType(ContentType.URLENC).header("HX-Request", "true")
                .formParam("headline", "Edna's headline").formParam("body", theirs.get("body")).formParam("sourceUrl", theirs.get("sourceUrl"))
                .formParam("version", storedVersion).post("/issues/{issue}/items/{item}", issue, itemId)
                .then().statusCode(200);
        given().get("/api/issues/{id}", issue).then().body("items[0].headline", equalTo("Edna's headline"))
                .body("items[0].updatedBy", equalTo("editor@example.org"));
    }
}
