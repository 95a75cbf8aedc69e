package io.gazette.shared.web;

import io.gazette.security.TestAccounts;
import io.gazette.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

/**
 * Every app page through HTTP: its status and key content for the roles it admits, its refusal of the others, the
 * sign-in page for anonymous visitors, and nothing loaded or linked from another host.
 */
@QuarkusTest
class AppPagesTest {

    @Inject
    TestAccounts accounts;

    @Test
    @TestSecurity(user = "admin@example.org", roles = "admin")
    void everyPageAnswersAnAdminWithItsContentAndLoadsNothingFromAnotherHost() {
        Fixture data = fixture();
        Map<String, String> pages = Map.ofEntries(
                Map.entry("/dashboard", "Sending now"),
                Map.entry("/newsletters", "Test Weekly " + data.slug),
                Map.entry("/newsletters/new", "Create newsletter"),
                Map.entry("/newsletters/" + data.newsletter + "/edit", "Save settings"),
                Map.entry("/newsletters/" + data.newsletter + "/issues", "Start a new issue"),
                Map.entry("/issues/" + data.issue, "Headline 2"),
                Map.entry("/issues/" + data.issue + "/sending", "Send a test"),
                Map.entry("/lists", "New list"),
                Map.entry("/lists/new", "Create list"),
                Map.entry("/subscribers", "Address or name contains"),
                Map.entry("/subscribers/new", "Add subscriber"),
                Map.entry("/suppressions", "Suppress an address"),
                Map.entry("/lists/" + data.list, "Sign-up form for your site"),
                Map.entry("/subscribers/" + data.subscriber, "Subscriptions and consent"),
                Map.entry("/imports", "Import a CSV file"),
                Map.entry("/account", "API tokens"),
                Map.entry("/audit", "Audit log"),
                Map.entry("/users", "New account"));
        pages.forEach((path, content) -> {
            String html = given().redirects().follow(false).get(path).then()
                    .statusCode(200).contentType(ContentType.HTML).header("Cache-Control", "no-store")
                    .body(containsString(content)).extract().asString();
            assertThat(externalReferences(html)).as(path).isEmpty();
            assertThat(Jsoup.parse(html).select("main#main")).as(path + " has a main landmark").hasSize(1);
        });
    }

    @Test
    @TestSecurity(user = "editor@example.org", roles = "editor")
    void anEditorIsRefusedTheAdminPagesAndDoesNotSeeTheirLinks() {
        Fixture data = fixture();
        for (String path : List.of("/users", "/newsletters/new", "/newsletters/" + data.newsletter + "/edit",
                "/lists/new", "/subscribers/new", "/suppressions", "/imports", "/audit")) {
            given().redirects().follow(false).get(path).then().statusCode(403);
        }
        given().contentType(ContentType.URLENC).formParam("email", "x@example.org").post("/users").then().statusCode(403);
        given().get("/audit").then().statusCode(403).contentType(ContentType.HTML).body(containsString("not for your role"));
        Document dashboard = Jsoup.parse(given().get("/dashboard").then().statusCode(200).extract().asString());
        for (String adminLink : List.of("/users", "/imports", "/audit")) {
            assertThat(dashboard.select("a[href=" + adminLink + "]")).as(adminLink).isEmpty();
        }
        assertThat(dashboard.select("a[href=/subscribers]")).as("editors read subscribers").hasSize(1);
        Document newsletters = Jsoup.parse(given().get("/newsletters").then().statusCode(200).extract().asString());
        assertThat(newsletters.select("a[href=/newsletters/new]")).isEmpty();
        given().get("/issues/" + data.issue).then().statusCode(200).body(containsString("Headline 1"));
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/login"));
        for (String path : List.of("/dashboard", "/newsletters", "/issues/1", "/sends/1", "/users", "/lists", "/subscribers",
                "/subscribers/1", "/suppressions", "/imports", "/audit", "/account")) {
            given().redirects().follow(false).get(path).then().statusCode(302).header("Location", containsString("/login"));
        }
    }

    @Test
    @TestSecurity(user = "editor@example.org", roles = "editor")
    void aRefusedItemKeepsWhatWasTypedAndNamesTheFieldNextToIt() {
        Fixture data = fixture();
        Response response = given().contentType(ContentType.URLENC).header("HX-Request", "true")
                .formParam("headline", "").formParam("body", "My careful <b>paragraph</b>.").formParam("sourceUrl", "ftp://nope")
                .post("/issues/{id}/items", data.issue);
        response.then().statusCode(422).header("HX-Retarget", "#items");
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("#add-headline-error").text()).isEqualTo("must not be blank");
        assertThat(page.select("#add-headline").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#add-sourceUrl-error").text()).isNotBlank();
        assertThat(page.select("#add-body").text()).isEqualTo("My careful <b>paragraph</b>.");
        assertThat(page.select("#add-body b")).as("typed text is escaped").isEmpty();
        given().get("/api/issues/{id}", data.issue).then().body("items.size()", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    @TestSecurity(user = "editor@example.org", roles = "editor")
    void fillFromLinkRefusesAnInternalAddressNextToTheLinkAndKeepsTheTypedHeadline() {
        Fixture data = fixture();
        Document page = Jsoup.parse(given().contentType(ContentType.URLENC).header("HX-Request", "true")
                .formParam("sourceUrl", "http://127.0.0.1:9/admin").formParam("headline", "My own headline")
                .post("/issues/{id}/items/prefill", data.issue).then().statusCode(422).extract().asString());
        assertThat(page.select("#add-sourceUrl-error").text()).contains("internal address");
        assertThat(page.select("#add-headline").val()).isEqualTo("My own headline");
        given().contentType(ContentType.JSON).body(Map.of("url", "http://169.254.169.254/latest/meta-data"))
                .post("/api/link-previews").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("url"));
    }

    @Test
    @TestSecurity(user = "editor@example.org", roles = "editor")
    void itemsMoveAndReorderThroughThePageFormsAsInTheApi() {
        Fixture data = fixture();
        List<Long> ids = given().get("/api/issues/{id}", data.issue).jsonPath().getList("items.id", Long.class);
        given().contentType(ContentType.URLENC).redirects().follow(false).formParam("to", "1")
                .post("/issues/{issue}/items/{item}/move", data.issue, ids.get(1))
                .then().statusCode(303).header("Location", endsWith("/issues/" + data.issue + "#items"));
        assertThat(given().get("/api/issues/{id}", data.issue).jsonPath().getList("items.headline", String.class))
                .containsExactly("Headline 2", "Headline 1");
        Document list = Jsoup.parse(given().contentType(ContentType.URLENC).header("HX-Request", "true")
                .formParam("ids", ids.get(0) + "," + ids.get(1)).post("/issues/{id}/items/order", data.issue)
                .then().statusCode(200).header("HX-Trigger", Htmx.ISSUE_CHANGED).extract().asString());
        assertThat(list.select(".item-title").eachText()).containsExactly("Headline 1", "Headline 2");
        given().contentType(ContentType.URLENC).header("HX-Request", "true").formParam("ids", "1,x")
                .post("/issues/{id}/items/order", data.issue).then().statusCode(400).body(containsString("ids"));
    }

    @Test
    @TestSecurity(user = "admin@example.org", roles = "admin")
    void aRefusedNewsletterFormComesBackWithTheTypedValuesAndEachError() {
        String html = given().contentType(ContentType.URLENC)
                .formParam("name", "Night <Owl>").formParam("slug", "Not A Slug").formParam("senderName", "")
                .formParam("senderAddress", "nobody").formParam("timeZone", "Mars/Olympus").formParam("sendTime", "25:99")
                .post("/newsletters").then().statusCode(422).extract().asString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#name").val()).isEqualTo("Night <Owl>");
        assertThat(page.select("#sendTime-error").text()).contains("08:00");
        given().contentType(ContentType.URLENC)
                .formParam("name", "Night Owl").formParam("slug", "Not A Slug").formParam("senderName", "")
                .formParam("senderAddress", "nobody").formParam("timeZone", "Mars/Olympus")
                .post("/newsletters").then().statusCode(422);
        Document second = Jsoup.parse(given().contentType(ContentType.URLENC)
                .formParam("name", "Night Owl").formParam("slug", "Not A Slug").formParam("senderName", "")
                .formParam("senderAddress", "nobody").formParam("timeZone", "Mars/Olympus")
                .post("/newsletters").asString());
        for (String field : List.of("slug", "senderName", "senderAddress", "timeZone")) {
            assertThat(second.select("#" + field + "-error").text()).as(field).isNotBlank();
            assertThat(second.select("#" + field).attr("aria-invalid")).as(field).isEqualTo("true");
        }
    }

    private record Fixture(String slug, long newsletter, long issue, long list, long subscriber) {
    }

    /** A newsletter (made by an admin, as only admins may) with an issue of two items, and a public list with one member. */
    private Fixture fixture() {
        String slug = Fixtures.uniqueSlug("pages");
        var admin = accounts.create("admin");
        long newsletter = admin.bearer().contentType(ContentType.JSON).body(Fixtures.newsletterBody(slug)).post("/api/newsletters")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long list = admin.bearer().contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "name", "List " + slug, "visibility", "PUBLIC", "optIn", "SINGLE"))
                .post("/api/lists").then().statusCode(201).extract().jsonPath().getLong("id");
        long subscriber = admin.bearer().contentType(ContentType.JSON)
                .body(Map.of("email", slug + "@example.org", "lists", List.of(list), "status", "CONFIRMED"))
                .post("/api/subscribers").then().statusCode(201).extract().jsonPath().getLong("id");
        return new Fixture(slug, newsletter, Fixtures.issue(newsletter, 2), list, subscriber);
    }

    /** Every src and href that would make the browser reach another host (protocol-relative included). */
    static List<String> externalReferences(String html) {
        List<String> external = new ArrayList<>();
        for (Element element : Jsoup.parse(html).select("[src], [href]")) {
            for (String attribute : List.of("src", "href")) {
                String value = element.attr(attribute).strip();
                if (!value.isEmpty() && !value.startsWith("#") && (!value.startsWith("/") || value.startsWith("//"))) {
                    external.add(element.tagName() + " " + attribute + "=" + value);
                }
            }
        }
        return external;
    }
}
