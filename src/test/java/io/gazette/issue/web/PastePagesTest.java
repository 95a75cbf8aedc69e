package io.gazette.issue.web;

import io.gazette.security.TestAccounts;
import io.gazette.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

/**
 * The composer's paste box through HTTP: a paste the parser has warnings about is answered with a review (the items
 * it would add, each warning with its line, the text kept) and saves nothing until "Import anyway"; a plain paste
 * imports at once, as before.
 */
@QuarkusTest
class PastePagesTest {

    @Inject
    TestAccounts accounts;

    /** Item 2 is numbered 3 (line 7), and item 1's body holds markup that must reach the page escaped. */
    private static final String SLIP = "1. First\n\nBody <b>one</b>.\n\nMore.\n\n3. Second\n\nBody two.\n\n4. Third\n\nBody three.";
    private static final String WARNING = "line 7: item numbered 3, expected 2";

    @Test
    @TestSecurity(user = "editor@example.org", roles = "editor")
    void aNumberingSlipIsShownWithItsLineAndNothingIsSavedUntilConfirmed() {
        long issue = issue(2);

        Document review = Jsoup.parse(paste(issue, SLIP).then().statusCode(200).extract().asString());
        assertThat(review.select("#paste-review li").eachText()).containsExactly(WARNING);
        assertThat(review.select(".paste-items .item-title").eachText()).containsExactly("First", "Second", "Third");
        assertThat(review.select("#paste-text").text()).isEqualTo(SLIP);
        assertThat(review.select("#paste-text").attr("aria-describedby")).isEqualTo("paste-review");
        assertThat(review.select(".paste-items b")).as("pasted markup is escaped").isEmpty();
        assertThat(review.select("#paste button[type=submit]").eachText()).containsExactly("Import anyway", "Check again");
        assertThat(review.select("main#main")).hasSize(1);
        assertThat(headlines(issue)).containsExactly("Headline 1", "Headline 2");

        String accepted = review.select("#paste input[name=accepted]").attr("value");
        assertThat(accepted).isEqualTo(WARNING);
        paste(issue, SLIP, "accepted", accepted).then().statusCode(303).header("Location", endsWith("/issues/" + issue));
        assertThat(headlines(issue)).containsExactly("Headline 1", "Headline 2", "First", "Second", "Third");
    }

    @Test
    @TestSecurity(user = "editor@example.org", roles = "editor")
    void throughHtmxTheReviewReplacesThePasteBoxAndImportAnywayRedirects() {
        long issue = issue(0);

        Response review = paste(issue, SLIP, "HX-Request");
        review.then().statusCode(200).header("HX-Retarget", "#paste");
        Document box = Jsoup.parse(review.asString());
        assertThat(box.select("section#paste #paste-review").attr("role")).isEqualTo("alert");
        assertThat(box.select("#paste-review").text()).contains(WARNING);
        assertThat(headlines(issue)).isEmpty();

        paste(issue, SLIP, "HX-Request", "accepted", WARNING).then().statusCode(200).header("HX-Redirect", "/issues/" + issue);
        assertThat(headlines(issue)).containsExactly("First", "Second", "Third");
    }

    @Test
    @TestSecurity(user = "editor@example.org", roles = "editor")
    void aTextChangedSinceTheReviewIsReviewedAgainWhenItHasAWarningNotYetSeen() {
        long issue = issue(0);
        String changed = SLIP.replace("4. Third", "6. Third");

        Document again = Jsoup.parse(paste(issue, changed, "accepted", WARNING).then().statusCode(200).extract().asString());
        assertThat(again.select("#paste-review li").eachText()).containsExactly(WARNING, "line 11: item numbered 6, expected 4");
        assertThat(headlines(issue)).isEmpty();
    }

    @Test
    @TestSecurity(user = "editor@example.org", roles = "editor")
    void aPlainPasteImportsAtOnceAndCheckFirstShowsItWithoutSaving() {
        long issue = issue(0);
        String plain = "1. First\n\nBody one.\n\n2. Second\n\nBody two.";

        Document checked = Jsoup.parse(paste(issue, plain, "check", "true").then().statusCode(200).extract().asString());
        assertThat(checked.select("#paste-review").text()).contains("2 item(s), with no warnings");
        assertThat(checked.select("#paste button[type=submit]").eachText()).containsExactly("Import these items", "Check again");
        assertThat(headlines(issue)).isEmpty();

        paste(issue, plain).then().statusCode(303);
        assertThat(headlines(issue)).containsExactly("First", "Second");
    }

    @Test
    @TestSecurity(user = "editor@example.org", roles = "editor")
    void aRefusedPasteStillNamesItsItemAndLineNextToTheBox() {
        long issue = issue(0);
        Document refused = Jsoup.parse(paste(issue, "1. Fine\n\nBody.\n\n2. Empty body\n").then().statusCode(422).extract().asString());
        assertThat(refused.select("#paste-errors").text()).contains("item 2 (line 5)");
        assertThat(refused.select("#paste-text").attr("aria-invalid")).isEqualTo("true");
        assertThat(headlines(issue)).isEmpty();
    }

    @Test
    void anonymousVisitorsCannotPaste() {
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("text", SLIP).post("/issues/1/paste")
                .then().statusCode(302).header("Location", containsString("/login"));
    }

    /** An issue with {@code items} items, in a newsletter an admin made (editors may not make newsletters). */
    private long issue(int items) {
        long newsletter = accounts.create("admin").bearer().contentType(ContentType.JSON)
                .body(Fixtures.newsletterBody(Fixtures.uniqueSlug("paste"))).post("/api/newsletters")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        return Fixtures.issue(newsletter, items);
    }

    /** Posts the paste form; {@code extra} are more form fields as name, value pairs, or "HX-Request" for htmx. */
    private static Response paste(long issue, String text, String... extra) {
        var request = given().redirects().follow(false).contentType(ContentType.URLENC).formParam("text", text);
        for (int i = 0; i < extra.length; i++) {
            if (extra[i].equals("HX-Request")) {
                request.header("HX-Request", "true");
            } else {
                request.formParam(extra[i], extra[++i]);
            }
        }
        return request.post("/issues/{id}/paste", issue);
    }

    private static List<String> headlines(long issue) {
        return given().get("/api/issues/{id}", issue).jsonPath().getList("items.headline", String.class);
    }
}
