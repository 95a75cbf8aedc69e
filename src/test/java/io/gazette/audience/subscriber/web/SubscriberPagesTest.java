package io.gazette.audience.subscriber.web;

import io.gazette.audience.AudienceData;
import io.gazette.audience.ListVisibility;
import io.gazette.audience.OptIn;
import io.gazette.audience.SubscriberStatus;
import io.gazette.audience.SubscriptionStatus;
import io.gazette.audience.SuppressionReason;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

/** The subscriber and suppression pages through HTTP: search and its pages, detail, single and bulk actions, roles. */
@QuarkusTest
class SubscriberPagesTest {

    @Inject
    AudienceData audience;

    @Test
    @TestSecurity(user = "admin@example.org", roles = "admin")
    void searchPagesByKeyAndAnHtmxSearchAnswersWithTheResultsOnly() {
        String token = token();
        long list = audience.list("Paged", ListVisibility.PRIVATE, OptIn.SINGLE);
        subscribe(IntStream.range(0, 51).mapToObj(i -> token + "-" + i + "@example.org").toList(), list);

        Document first = Jsoup.parse(given().queryParam("q", token).get("/subscribers").then().statusCode(200).extract().asString());
        assertThat(first.select("#results tbody tr")).hasSize(50);
        String next = first.select("a[rel=next]").attr("href");
        assertThat(next).startsWith("/subscribers?q=" + token + "&after=");

        Document second = Jsoup.parse(given().urlEncodingEnabled(false).get(next).then().statusCode(200).extract().asString());
        assertThat(second.select("#results tbody tr")).hasSize(1);
        assertThat(second.select("a[rel=next]")).isEmpty();
        assertThat(second.select(".pager a").text()).contains("First page");
        assertThat(second.select("#q").val()).isEqualTo(token);

        String fragment = given().header("HX-Request", "true").queryParam("q", token + "-50@")
                .queryParam("list", list).queryParam("subscription", "CONFIRMED").get("/subscribers")
                .then().statusCode(200).extract().asString();
        assertThat(fragment).doesNotContain("<header").contains(token + "-50@example.org");
        assertThat(Jsoup.parse(fragment).select("tbody tr")).hasSize(1);

        given().queryParam("subscription", "CONFIRMED").get("/subscribers").then().statusCode(422)
                .body(containsString("needs a list"));
    }

    @Test
    @TestSecurity(user = "admin@example.org", roles = "admin")
    void anAdminAddsASubscriberAndReadsTheirConsentAndHistoryEscaped() {
        long list = audience.list("Detail", ListVisibility.PRIVATE, OptIn.SINGLE);
        String email = AudienceData.uniqueEmail("detail");
        String location = given().contentType(ContentType.URLENC).redirects().follow(false)
                .formParam("email", email).formParam("name", "<b>Bold</b> Ana").formParam("lists", list)
                .formParam("status", "CONFIRMED").post("/subscribers").then().statusCode(303).extract().header("Location");

        Document page = Jsoup.parse(given().get(location).then().statusCode(200).extract().asString());
        assertThat(page.select("h1").text()).isEqualTo(email);
        assertThat(page.select(".facts dd").first().text()).isEqualTo("<b>Bold</b> Ana");
        assertThat(page.select(".facts b")).as("the name is escaped").isEmpty();
        assertThat(page.select("table tbody tr").first().text()).contains("Detail").contains("confirmed");
        assertThat(page.select(".timeline li").eachText()).anyMatch(line -> line.contains("Joined Detail through the API"))
                .anyMatch(line -> line.contains("Confirmed Detail"));

        Document refused = Jsoup.parse(given().contentType(ContentType.URLENC).formParam("email", email)
                .formParam("status", "CONFIRMED").post("/subscribers").then().statusCode(422).extract().asString());
        assertThat(refused.select("#email").val()).isEqualTo(email);
        assertThat(refused.select("p.alert").text()).contains("already exists");
    }

    @Test
    @TestSecurity(user = "admin@example.org", roles = "admin")
    void singleActionsUnsubscribeBlocklistEditAndEraseAsTheApiDoes() {
        long list = audience.list("Actions", ListVisibility.PRIVATE, OptIn.SINGLE);
        String email = AudienceData.uniqueEmail("actions");
        subscribe(List.of(email), list);
        long id = audience.subscriber(email).orElseThrow().id;

        post("/subscribers/" + id + "/unsubscribe", Map.of("list", list));
        assertThat(audience.status(email, list)).contains(SubscriptionStatus.UNSUBSCRIBED);
        assertThat(audience.subscription(email, list).orElseThrow().consentAt).as("consent record kept").isNotNull();

        post("/subscribers/" + id + "/blocklist", Map.of("blocked", "true"));
        assertThat(audience.subscriber(email).orElseThrow().status).isEqualTo(SubscriberStatus.BLOCKLISTED);

        Document refused = Jsoup.parse(given().contentType(ContentType.URLENC).formParam("name", "Ana")
                .formParam("attributes", "{city: Porto").post("/subscribers/{id}/edit", id)
                .then().statusCode(422).extract().asString());
        assertThat(refused.select("#attributes-error").text()).contains("JSON object");
        assertThat(refused.select("#attributes").text()).isEqualTo("{city: Porto");
        post("/subscribers/" + id + "/edit", Map.of("name", "Ana", "attributes", "{\"city\": \"Porto\"}"));
        given().get("/api/subscribers/{id}", id).then().body("attributes.city", org.hamcrest.Matchers.equalTo("Porto"));

        given().get("/subscribers/{id}/erase", id).then().statusCode(200).body(containsString("Erase for good"));
        given().contentType(ContentType.URLENC).redirects().follow(false).formParam("neverMailAgain", "true")
                .post("/subscribers/{id}/erase", id).then().statusCode(303).header("Location", endsWith("/subscribers"));
        given().get("/api/subscribers/{id}", id).then().statusCode(404);
        assertThat(audience.suppression(email)).contains(SuppressionReason.ERASURE);
    }

    @Test
    @TestSecurity(user = "admin@example.org", roles = "admin")
    void bulkActionsApplyToTheTickedRowsOrToTheWholeSearchAndRefusalsSayWhy() {
        String token = token();
        long list = audience.list("Bulk", ListVisibility.PRIVATE, OptIn.SINGLE);
        List<String> emails = IntStream.range(0, 3).mapToObj(i -> token + "-" + i + "@example.org").toList();
        subscribe(emails, list);
        long firstId = audience.subscriber(emails.get(0)).orElseThrow().id;

        given().contentType(ContentType.URLENC).redirects().follow(false).formParam("action", "BLOCKLIST")
                .formParam("scope", "selected").formParam("ids", firstId).formParam("q", token).post("/subscribers/bulk")
                .then().statusCode(303).header("Location", endsWith("/subscribers?q=" + token));
        assertThat(audience.subscriber(emails.get(0)).orElseThrow().status).isEqualTo(SubscriberStatus.BLOCKLISTED);
        assertThat(audience.subscriber(emails.get(1)).orElseThrow().status).isEqualTo(SubscriberStatus.ACTIVE);

        given().contentType(ContentType.URLENC).redirects().follow(false).formParam("action", "UNSUBSCRIBE")
                .formParam("scope", "search").formParam("lists", list).formParam("q", token).post("/subscribers/bulk")
                .then().statusCode(303);
        emails.forEach(email -> assertThat(audience.status(email, list)).contains(SubscriptionStatus.UNSUBSCRIBED));

        Document none = Jsoup.parse(given().contentType(ContentType.URLENC).formParam("action", "BLOCKLIST")
                .formParam("scope", "selected").formParam("q", token).post("/subscribers/bulk")
                .then().statusCode(422).extract().asString());
        assertThat(none.select("#ids-error").text()).contains("tick at least one");
        assertThat(none.select("#q").val()).as("the search is kept").isEqualTo(token);
        long secondId = audience.subscriber(emails.get(1)).orElseThrow().id;
        Document noLists = Jsoup.parse(given().contentType(ContentType.URLENC).formParam("action", "CONFIRM")
                .formParam("scope", "selected").formParam("ids", secondId).formParam("q", token).post("/subscribers/bulk")
                .then().statusCode(422).extract().asString());
        assertThat(noLists.select("#lists-error").text()).contains("at least one list");
        assertThat(noLists.select("#bulk-action option[selected]").val()).as("the chosen action is kept").isEqualTo("CONFIRM");
        assertThat(noLists.select("input[name=ids][checked]").eachAttr("value")).as("the ticks are kept")
                .containsExactly(String.valueOf(secondId));
    }

    @Test
    @TestSecurity(user = "admin@example.org", roles = "admin")
    void theSuppressionListAddsListsAndLiftsAddresses() {
        String email = AudienceData.uniqueEmail("supp+tag");
        given().contentType(ContentType.URLENC).redirects().follow(false).formParam("email", email)
                .formParam("reason", "COMPLAINT").post("/suppressions").then().statusCode(303);
        assertThat(audience.suppression(email)).contains(SuppressionReason.COMPLAINT);
        given().get("/suppressions").then().statusCode(200).body(containsString(email));

        Document refused = Jsoup.parse(given().contentType(ContentType.URLENC).formParam("email", "not an <address>")
                .formParam("reason", "MANUAL").post("/suppressions").then().statusCode(422).extract().asString());
        assertThat(refused.select("#suppress-email").val()).isEqualTo("not an <address>");
        assertThat(refused.select("#suppress-email-error").text()).isNotBlank();

        post("/suppressions/remove", Map.of("email", email));
        assertThat(audience.suppression(email)).isEmpty();
    }

    @Test
    @TestSecurity(user = "editor@example.org", roles = "editor")
    void anEditorSearchesAndReadsButChangesNothing() {
        long list = audience.list("Editor reads", ListVisibility.PRIVATE, OptIn.SINGLE);
        String email = AudienceData.uniqueEmail("readonly");
        long id = createAsAdmin(email, list);
        Document search = Jsoup.parse(given().queryParam("q", email).get("/subscribers").then().statusCode(200).extract().asString());
        assertThat(search.select("#results tbody tr")).hasSize(1);
        assertThat(search.select("form[action=/subscribers/bulk]")).isEmpty();
        assertThat(search.select("a[href=/subscribers/new]")).isEmpty();
        Document detail = Jsoup.parse(given().get("/subscribers/{id}", id).then().statusCode(200).extract().asString());
        assertThat(detail.select("form[method=post]")).as("only the sign-out form").hasSize(1);
        for (String path : List.of("/subscribers/new", "/subscribers/" + id + "/erase", "/suppressions")) {
            given().redirects().follow(false).get(path).then().statusCode(403);
        }
        for (String path : List.of("/subscribers", "/subscribers/bulk", "/subscribers/" + id + "/blocklist",
                "/subscribers/" + id + "/erase", "/suppressions")) {
            given().contentType(ContentType.URLENC).formParam("blocked", "true").post(path).then().statusCode(403);
        }
    }

    private long createAsAdmin(String email, long list) {
        subscribe(List.of(email), list);
        return audience.subscriber(email).orElseThrow().id;
    }

    private static String token() {
        return "pg" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static void post(String path, Map<String, ?> form) {
        given().contentType(ContentType.URLENC).redirects().follow(false).formParams(form).post(path).then().statusCode(303);
    }

    private void subscribe(List<String> emails, long list) {
        audience.subscribe(emails, list);
    }
}
