package io.gazette.security.audit.web;

import io.gazette.security.Roles;
import io.gazette.security.TestAccounts;
import io.gazette.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The audit page: admins only, filtered by action, actor and days exactly as {@code GET /api/audit} is, the filter
 * kept in the form and in the paging links, and refused filters shown by their fields.
 */
@QuarkusTest
class AuditPagesTest {

    @Inject
    TestAccounts accounts;

    @Inject
    TestClock clock;

    @AfterEach
    void resetTime() {
        clock.reset();
    }

    /** An admin whose own actions are the only entries under their name: two tokens made, one revoked, on three days. */
    private TestAccounts.Account adminWithHistory() {
        TestAccounts.Account admin = accounts.create(Roles.ADMIN);
        clock.set(Instant.parse("2031-05-06T10:00:00Z"));
        long alpha = createToken(admin, "alpha");
        clock.set(Instant.parse("2031-05-07T23:30:00Z"));
        createToken(admin, "beta");
        clock.set(Instant.parse("2031-05-08T00:30:00Z"));
        admin.bearer().delete("/api/tokens/{id}", alpha).then().statusCode(200);
        clock.reset();
        return admin;
    }

    @Test
    void filtersByActionActorAndDaysAsTheApiDoes() {
        TestAccounts.Account admin = adminWithHistory();
        record Case(Map<String, String> filter, List<String> details) {
        }
        List<Case> cases = List.of(
                new Case(Map.of(), List.of("'alpha' of", "'beta' for", "'alpha' for")),
                new Case(Map.of("action", "token.revoked"), List.of("'alpha' of")),
                new Case(Map.of("action", "token."), List.of("'alpha' of", "'beta' for", "'alpha' for")),
                new Case(Map.of("action", "token.created", "to", "2031-05-06"), List.of("'alpha' for")),
                new Case(Map.of("from", "2031-05-07", "to", "2031-05-07"), List.of("'beta' for")),
                new Case(Map.of("to", "2031-05-07"), List.of("'beta' for", "'alpha' for")),
                new Case(Map.of("from", "2031-05-08"), List.of("'alpha' of")),
                new Case(Map.of("from", "2031-05-09"), List.of()));
        for (Case c : cases) {
            Map<String, String> filter = new LinkedHashMap<>(c.filter());
            filter.put("actor", admin.email().substring(0, admin.email().indexOf('@')).toUpperCase());
            Document page = Jsoup.parse(admin.bearer().queryParams(filter).get("/audit")
                    .then().statusCode(200).extract().asString());
            List<String> shown = page.select("table.audit tbody tr td:nth-child(5)").eachText();
            assertThat(shown).as("page, " + filter).hasSize(c.details().size());
            for (int i = 0; i < shown.size(); i++) {
                assertThat(shown.get(i)).as("page, " + filter).startsWith(c.details().get(i));
            }
            List<String> api = admin.bearer().queryParams(filter).get("/api/audit")
                    .then().statusCode(200).extract().jsonPath().getList("content.details", String.class);
            assertThat(api).as("api, " + filter).isEqualTo(shown);
            filter.forEach((name, value) -> assertThat(name.equals("action")
                    ? page.select("#action option[selected]").val() : page.select("input[name=" + name + "]").val())
                    .as("the form keeps " + name).isEqualTo(value));
        }
    }

    @Test
    void likeWildcardsInTheActorFilterAreTakenLiterally() {
        TestAccounts.Account admin = adminWithHistory();
        String local = admin.email().substring(0, admin.email().indexOf('@'));
        for (String actor : List.of("%" + local, local.replace('-', '_'))) {
            admin.bearer().queryParam("actor", actor).get("/api/audit").then().statusCode(200).body("totalElements", equalTo(0));
        }
        admin.bearer().queryParam("actor", local).get("/api/audit").then().body("totalElements", equalTo(3));
    }

    @Test
    void showsWhoDidWhatWhenAndOffersTheActionsThatExist() {
        TestAccounts.Account admin = adminWithHistory();
        Document page = Jsoup.parse(admin.bearer().queryParam("actor", admin.email()).queryParam("action", "token.revoked")
                .get("/audit").then().statusCode(200).header("Cache-Control", "no-store").extract().asString());
        var row = page.select("table.audit tbody tr").first();
        assertThat(row.select("time").attr("datetime")).isEqualTo("2031-05-08T00:30:00Z");
        assertThat(row.select("time").text()).isEqualTo("Thu 8 May 2031, 00:30 UTC");
        assertThat(row.child(1).text()).isEqualTo(admin.email());
        assertThat(row.child(2).text()).isEqualTo("token.revoked");
        assertThat(row.child(3).text()).startsWith("token:");
        assertThat(page.select("#action option").eachAttr("value")).contains("", "token.", "token.created", "token.revoked");
        assertThat(page.select("#action option[selected]").val()).isEqualTo("token.revoked");
        assertThat(page.select("#action option[value=token.]").text()).isEqualTo("every token. action");
        assertThat(page.select("main#main")).hasSize(1);
    }

    @Test
    void pagingLinksKeepTheFilterEncodedAndEscaped() {
        TestAccounts.Account admin = adminWithHistory();
        String first = admin.bearer().queryParam("actor", admin.email()).queryParam("size", 2).get("/audit")
                .then().statusCode(200).extract().asString();
        String encoded = admin.email().replace("@", "%40");
        assertThat(first).contains("href=\"/audit?actor=" + encoded + "&amp;size=2&amp;page=1\"");
        Document firstPage = Jsoup.parse(first);
        assertThat(firstPage.select("h2#entries-heading").text()).isEqualTo("3 entries, page 1 of 2");
        assertThat(firstPage.select("a[rel=prev]")).isEmpty();

        String older = firstPage.select("a[rel=next]").attr("href");
        Document second = Jsoup.parse(admin.bearer().urlEncodingEnabled(false).get(older).then().statusCode(200).extract().asString());
        assertThat(second.select("table.audit tbody tr td:nth-child(5)").eachText()).singleElement()
                .asString().startsWith("'alpha' for");
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/audit?actor=" + encoded + "&size=2&page=0");
        assertThat(second.select("a[rel=next]")).isEmpty();
        assertThat(second.select("#actor").val()).isEqualTo(admin.email());
    }

    @Test
    @TestSecurity(user = "admin@example.org", roles = "admin")
    void aRefusedFilterNamesEachFieldAndKeepsWhatWasTyped() {
        Document page = Jsoup.parse(given().queryParam("action", "Not An Action").queryParam("from", "2031-02-30")
                .queryParam("to", "soon").queryParam("actor", "\"><script>alert(1)</script>")
                .get("/audit").then().statusCode(400).body(org.hamcrest.Matchers.not(containsString("<script>alert(1)")))
                .extract().asString());
        for (String field : List.of("action", "from", "to")) {
            assertThat(page.select("#" + field).attr("aria-invalid")).as(field).isEqualTo("true");
            assertThat(page.select("#" + field).attr("aria-describedby")).as(field).isEqualTo(field + "-error");
            assertThat(page.select("#" + field + "-error").text()).as(field).isNotBlank();
        }
        assertThat(page.select("#from").val()).isEqualTo("2031-02-30");
        assertThat(page.select("#actor").val()).isEqualTo("\"><script>alert(1)</script>");
        assertThat(page.select("#action option[selected]").val()).isEqualTo("Not An Action");
        assertThat(page.select("table.audit")).isEmpty();

        JsonPath problem = given().queryParam("action", "Not An Action").queryParam("from", "2031-02-30").queryParam("to", "soon")
                .get("/api/audit").then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("errors.field", String.class)).containsExactlyInAnyOrder("action", "from", "to");

        Document reversed = Jsoup.parse(given().queryParam("from", "2031-05-08").queryParam("to", "2031-05-07")
                .get("/audit").then().statusCode(400).extract().asString());
        assertThat(reversed.select("#to-error").text()).contains("2031-05-08");
        given().queryParam("from", "2031-05-08").queryParam("to", "2031-05-07").get("/api/audit")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    @TestSecurity(user = "editor@example.org", roles = "editor")
    void anEditorIsRefusedTheAuditLogAndNotShownItsLink() {
        given().redirects().follow(false).get("/audit").then().statusCode(403);
        given().get("/api/audit").then().statusCode(403);
        Document dashboard = Jsoup.parse(given().get("/dashboard").then().statusCode(200).extract().asString());
        assertThat(dashboard.select("a[href=/audit]")).isEmpty();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        given().redirects().follow(false).get("/audit").then().statusCode(302).header("Location", containsString("/login"));
    }

    private static long createToken(TestAccounts.Account owner, String name) {
        RequestSpecification request = owner.bearer().contentType(ContentType.JSON).body(Map.of("name", name));
        return request.post("/api/tokens").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
