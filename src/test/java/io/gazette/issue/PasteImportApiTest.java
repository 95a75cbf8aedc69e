package io.gazette.issue;

import java.net.URL;
import io.quarkus.test.common.http.TestHTTPResource;
import io.gazette.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class PasteImportApiTest {

    /** {@code /q/openapi} lives on the management interface (the annotation adds its {@code /q} root). */
    @TestHTTPResource(value = "/openapi", management = true)
    URL managementOpenApi;

    private static String tenItems() throws IOException {
        try (InputStream in = PasteImportApiTest.class.getResourceAsStream("/paste/ten-items.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\n", "\r\n");
        }
    }

    @Test
    void importsATenItemDigestInOrderWithIntroAndClosing() throws IOException {
        long issue = Fixtures.issue(Fixtures.newsletter(), 0);
        given().contentType("text/markdown; charset=UTF-8").body(tenItems()).post("/api/issues/{id}/import", issue)
                .then().statusCode(200)
                .body("items", hasSize(10))
                .body("title", equalTo("The Northern Build, issue 12"))
                .body("closing", equalTo("Thanks for reading.\n\nReply with tips."));

        JsonPath stored = given().get("/api/issues/{id}", issue).jsonPath();
        assertEquals(10, stored.getList("items").size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), stored.getList("items.position"));
        assertEquals("Robots learn to sort recycling", stored.getString("items[0].headline"));
        assertEquals("One last thing", stored.getString("items[9].headline"));
        assertEquals("A start-up trained a sorting arm on two years of conveyor footage.\n\n"
                + "It now picks six kinds of plastic at forty items a minute.", stored.getString("items[0].body"));
        assertEquals("Recycling Today", stored.getString("items[0].sourceName"));
        assertEquals("Welcome back!   This week: ten things worth your time.\n\nGrab a coffee.", stored.getString("intro"));
        assertEquals("Thanks for reading.\n\nReply with tips.", stored.getString("closing"));
    }

    @Test
    void appendsByDefaultAndReplacesOnRequest() {
        long issue = Fixtures.issue(Fixtures.newsletter(), 2);
        given().contentType("text/plain").body("1. Third\n\nBody.").post("/api/issues/{id}/import", issue)
                .then().statusCode(200).body("items[0].position", equalTo(3));
        given().contentType("text/plain").queryParam("replace", true).body("1. Only\n\nBody.").post("/api/issues/{id}/import", issue)
                .then().statusCode(200);
        given().get("/api/issues/{id}/items", issue).then().body("headline", hasSize(1)).body("[0].headline", equalTo("Only"));
    }

    @Test
    void aBadItemImportsNothingAndNamesTheItemAndLine() {
        long issue = Fixtures.issue(Fixtures.newsletter(), 0);
        String text = "Intro.\n\n1. Fine\n\nBody.\n\n2. " + "Too long ".repeat(40) + "\n\nBody.\n\n3. Empty body\n";
        given().contentType("text/plain").body(text).post("/api/issues/{id}/import", issue)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("items[1].headline"))
                .body("errors[0].message", containsString("item 2 (line 7)"))
                .body("errors[1].field", equalTo("items[2].body"));
        given().get("/api/issues/{id}", issue).then().body("items", hasSize(0)).body("intro", equalTo("Hello."));
    }

    private static final String SLIP = "New intro.\n\n1. First\n\nBody one.\n\n3. Second\n\nBody two.\n\n4. Third\n\nBody three.";

    @Test
    void theImportReportsItsWarningsWithTheirLines() {
        long issue = Fixtures.issue(Fixtures.newsletter(), 0);
        given().contentType("text/plain").body(SLIP).post("/api/issues/{id}/import", issue)
                .then().statusCode(200)
                .body("dryRun", equalTo(false))
                .body("items.headline", equalTo(List.of("First", "Second", "Third")))
                .body("warnings", hasSize(1))
                .body("warnings[0].line", equalTo(7))
                .body("warnings[0].message", equalTo("item numbered 3, expected 2"));
        given().get("/api/issues/{id}", issue).then().body("items", hasSize(3));
    }

    @Test
    void aDryRunAnswersTheItemsAndWarningsAndSavesNothing() {
        long issue = Fixtures.issue(Fixtures.newsletter(), 2);
        JsonPath before = given().get("/api/issues/{id}", issue).jsonPath();

        given().contentType("text/plain").queryParam("dryRun", true).body(SLIP).post("/api/issues/{id}/import", issue)
                .then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("items.headline", equalTo(List.of("First", "Second", "Third")))
                .body("items.position", equalTo(List.of(3, 4, 5)))
                .body("items.id", everyItem(nullValue()))
                .body("intro", equalTo("New intro."))
                .body("issueVersion", equalTo(before.getInt("version")))
                .body("warnings[0].line", equalTo(7))
                .body("warnings[0].message", equalTo("item numbered 3, expected 2"));

        JsonPath after = given().get("/api/issues/{id}", issue).jsonPath();
        assertEquals(before.getList("items"), after.getList("items"));
        assertEquals("Hello.", after.getString("intro"));
        assertEquals(before.getLong("version"), after.getLong("version"));
    }

    @Test
    void aDryRunThatReplacesNumbersFromOneAndIsRefusedLikeTheImport() {
        long issue = Fixtures.issue(Fixtures.newsletter(), 2);
        given().contentType("text/plain").queryParam("dryRun", true).queryParam("replace", true).body(SLIP)
                .post("/api/issues/{id}/import", issue)
                .then().statusCode(200).body("items.position", equalTo(List.of(1, 2, 3)));
        given().contentType("text/plain").queryParam("dryRun", true).body("1. Fine\n\nBody.\n\n2. Empty body\n")
                .post("/api/issues/{id}/import", issue)
                .then().statusCode(400).body("errors[0].field", equalTo("items[1].body"))
                .body("errors[0].message", containsString("item 2 (line 5)"));
        given().get("/api/issues/{id}", issue).then().body("items.headline", equalTo(List.of("Headline 1", "Headline 2")));
    }

    @Test
    void theOpenApiDocumentDescribesTheDryRun() {
        JsonPath openapi = given().accept("application/json").get(managementOpenApi).jsonPath();
        List<Map<String, Object>> parameters = openapi.getList("paths.'/api/issues/{id}/import'.post.parameters");
        assertTrue(parameters.stream().anyMatch(p -> "dryRun".equals(p.get("name"))
                && String.valueOf(p.get("description")).contains("without saving")), parameters.toString());
        assertTrue(openapi.getString("paths.'/api/issues/{id}/import'.post.description").contains("warnings"));
    }

    @Test
    void textWithoutItemsIsABadRequest() {
        long issue = Fixtures.issue(Fixtures.newsletter(), 0);
        given().contentType("text/plain").body("Nothing numbered here.").post("/api/issues/{id}/import", issue)
                .then().statusCode(400).body("detail", containsString("no numbered items"));
    }

    @Test
    void anAppendKeepsTheIssuesOwnClosingAndSaysSo() {
        long issue = Fixtures.issue(Fixtures.newsletter(), 1);
        JsonPath before = given().get("/api/issues/{id}", issue).jsonPath();
        given().contentType("application/json")
                .body(Map.of("title", before.getString("title"), "closing", "See you next week, Ana.",
                        "version", before.getLong("version")))
                .put("/api/issues/{id}", issue)
                .then().statusCode(200);

        String paste = "1. Second\n\nBody.\n\nWrapping up\n\nBye from the paste.";
        given().contentType("text/plain").body(paste).post("/api/issues/{id}/import", issue)
                .then().statusCode(200)
                .body("closing", nullValue())
                .body("warnings.message", org.hamcrest.Matchers.hasItem(containsString("already has a closing, which is kept")));
        assertEquals("See you next week, Ana.", given().get("/api/issues/{id}", issue).jsonPath().getString("closing"));

        given().contentType("text/plain").queryParam("replace", true).body(paste).post("/api/issues/{id}/import", issue)
                .then().statusCode(200).body("closing", equalTo("Bye from the paste."));
        assertEquals("Bye from the paste.", given().get("/api/issues/{id}", issue).jsonPath().getString("closing"));
    }

    @Test
    void sourceAndTagAsTheLastLinesOfAnItemsOnlyParagraphAreItsSourceAndTag() {
        long issue = Fixtures.issue(Fixtures.newsletter(), 0);
        given().contentType("text/plain")
                .body("1. Ferries go electric\n\nThe harbour orders four battery ferries.\n"
                        + "Source: Harbour Times https://harbour.example/ferries\nTag: transport\n")
                .post("/api/issues/{id}/import", issue)
                .then().statusCode(200)
                .body("items[0].body", equalTo("The harbour orders four battery ferries."))
                .body("items[0].sourceUrl", equalTo("https://harbour.example/ferries"))
                .body("items[0].sourceName", equalTo("Harbour Times"))
                .body("items[0].tag", equalTo("transport"));
    }
}
