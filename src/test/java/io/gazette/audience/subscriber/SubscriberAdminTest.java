package io.gazette.audience.subscriber;

import io.gazette.audience.AudienceData;
import io.gazette.audience.ListVisibility;
import io.gazette.audience.OptIn;
import io.gazette.audience.SubscriptionStatus;
import io.gazette.audience.SuppressionReason;
import io.gazette.shared.web.SubscriberLinks;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.gazette.audience.AudienceData.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class SubscriberAdminTest {

    @Inject
    AudienceData data;

    @Inject
    SubscriberLinks links;

    static int create(String email, String name, List<Long> lists, String status) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "name", name, "attributes", Map.of("city", "Porto", "plan", 3),
                        "lists", lists, "status", status))
                .post("/api/subscribers")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void createsAndShowsASubscriberWithConsentRecords() {
        long list = data.list("Admin Adds", ListVisibility.PRIVATE, OptIn.SINGLE);
        String email = uniqueEmail("api");
        int id = create(email.toUpperCase(), "Ana API", List.of(list), "CONFIRMED");

        given().get("/api/subscribers/{id}", id)
                .then().statusCode(200)
                .body("email", equalTo(email))
                .body("attributes.city", equalTo("Porto"))
                .body("attributes.plan", equalTo(3))
                .body("source", equalTo("api"))
                .body("subscriptions[0].listId", equalTo((int) list))
                .body("subscriptions[0].status", equalTo("CONFIRMED"))
                .body("subscriptions[0].consentMethod", equalTo("API"));

        given().contentType(ContentType.JSON).body(Map.of("email", email)).post("/api/subscribers").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("email", "not-an-address")).post("/api/subscribers")
                .then().statusCode(400).body("errors[0].field", equalTo("email"));
        given().contentType(ContentType.JSON).body(Map.of("email", uniqueEmail("x"), "lists", List.of(list)))
                .post("/api/subscribers")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));

        given().contentType(ContentType.JSON).body(Map.of("name", "Ana Renamed", "attributes", Map.of("vip", true)))
                .put("/api/subscribers/{id}", id)
                .then().statusCode(200).body("name", equalTo("Ana Renamed")).body("attributes.vip", equalTo(true))
                .body("attributes.city", nullValue());
    }

    @Test
    void keysetPagesWalkEveryMatchOnceInIdOrder() {
        String marker = "keyset" + System.nanoTime();
        long list = data.list("Paging", ListVisibility.PRIVATE, OptIn.SINGLE);
        List<Integer> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(create(uniqueEmail("page" + i), marker + " " + i, i % 2 == 0 ? List.of(list) : List.of(), "CONFIRMED"));
        }
        List<Integer> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            var request = given().queryParam("q", marker.toUpperCase()).queryParam("limit", 3);
            if (after != null) {
                request = request.queryParam("after", after);
            }
            JsonPath page = request.get("/api/subscribers").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            after = page.getString("next");
            pages++;
        } while (after != null);
        assertThat(seen).containsExactlyElementsOf(created);
        assertThat(pages).isEqualTo(3);

        JsonPath members = given().queryParam("list", list).queryParam("subscription", "CONFIRMED").queryParam("limit", 2)
                .get("/api/subscribers").then().statusCode(200).extract().jsonPath();
        assertThat(members.getList("items.id", Integer.class)).containsExactly(created.get(0), created.get(2));
        given().queryParam("list", list).queryParam("after", members.getString("next"))
                .get("/api/subscribers").then().body("items.id", equalTo(List.of(created.get(4), created.get(6))));
        given().queryParam("q", "100%_").get("/api/subscribers").then().statusCode(200).body("items", empty());
        given().queryParam("subscription", "CONFIRMED").get("/api/subscribers").then().statusCode(400);
        given().queryParam("limit", 100_000).get("/api/subscribers").then().statusCode(400);
    }

    @Test
    void bulkActionsByIdsAndEmails() {
        long list = data.list("Bulk", ListVisibility.PRIVATE, OptIn.SINGLE);
        String known = uniqueEmail("known");
        int knownId = create(known, "Known", List.of(), "CONFIRMED");
        String fresh = uniqueEmail("fresh");

        given().contentType(ContentType.JSON)
                .body(Map.of("action", "SUBSCRIBE", "ids", List.of(knownId, 987_654), "emails", List.of(fresh, "nope@"),
                        "lists", List.of(list), "status", "UNCONFIRMED"))
                .post("/api/subscribers/bulk")
                .then().statusCode(200)
                .body("matched", equalTo(2)).body("changed", equalTo(2))
                .body("notFound", equalTo(List.of("987654"))).body("invalid", equalTo(List.of("nope@")));
        assertThat(data.status(fresh, list)).contains(SubscriptionStatus.UNCONFIRMED);

        given().contentType(ContentType.JSON).body(Map.of("action", "CONFIRM", "emails", List.of(known, fresh), "lists", List.of(list)))
                .post("/api/subscribers/bulk").then().statusCode(200).body("changed", equalTo(2));
        assertThat(data.subscription(known, list)).hasValueSatisfying(s -> assertThat(s.consentMethod).hasToString("ADMIN"));

        given().contentType(ContentType.JSON).body(Map.of("action", "BLOCKLIST", "emails", List.of(fresh)))
                .post("/api/subscribers/bulk").then().statusCode(200).body("changed", equalTo(1));
        given().queryParam("email", fresh).get("/api/subscribers").then().body("items[0].status", equalTo("BLOCKLISTED"));
        given().contentType(ContentType.JSON)
                .body(Map.of("action", "SUBSCRIBE", "emails", List.of(fresh), "lists", List.of(list), "status", "CONFIRMED"))
                .post("/api/subscribers/bulk").then().statusCode(200).body("suppressed", equalTo(List.of(fresh)));

        given().contentType(ContentType.JSON).body(Map.of("action", "REMOVE", "ids", List.of(knownId), "lists", List.of(list)))
                .post("/api/subscribers/bulk").then().statusCode(200).body("changed", equalTo(1));
        assertThat(data.status(known, list)).isEmpty();

        given().contentType(ContentType.JSON).body(Map.of("action", "REMOVE", "ids", List.of(knownId)))
                .post("/api/subscribers/bulk").then().statusCode(400).body("errors[0].field", equalTo("lists"));
        List<Integer> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(i);
        }
        given().contentType(ContentType.JSON).body(Map.of("action", "BLOCKLIST", "ids", tooMany))
                .post("/api/subscribers/bulk").then().statusCode(400);
    }

    @Test
    void exportHoldsEverythingAndErasureLeavesOnlyARequestedSuppression() {
        long list = data.list("Privacy", ListVisibility.PUBLIC, OptIn.SINGLE);
        String email = uniqueEmail("gdpr");
        int id = create(email, "Greta", List.of(list), "CONFIRMED");

        given().get("/api/subscribers/{id}/export", id)
                .then().statusCode(200).header("Content-Disposition", containsString("subscriber-" + id + ".json"))
                .body("exportedAt", org.hamcrest.Matchers.notNullValue())
                .body("subscriber.email", equalTo(email))
                .body("subscriber.subscriptions[0].consentMethod", equalTo("API"))
                .body("subscriber.subscriptions[0].consentAt", org.hamcrest.Matchers.notNullValue());

        given().contentType(ContentType.JSON).body(Map.of("neverMailAgain", true))
                .post("/api/subscribers/{id}/erase", id).then().statusCode(204);
        given().get("/api/subscribers/{id}", id).then().statusCode(404);
        given().queryParam("email", email).get("/api/subscribers").then().body("items", empty());
        assertThat(data.suppression(email)).contains(SuppressionReason.ERASURE);
        given().get(links.preferencesUrl(id).replace("http://localhost:8080", "")).then().statusCode(410);

        String other = uniqueEmail("forget");
        int otherId = create(other, "Fred", List.of(list), "CONFIRMED");
        given().contentType(ContentType.JSON).body(Map.of("email", other, "reason", "COMPLAINT"))
                .post("/api/suppressions").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("neverMailAgain", false))
                .post("/api/subscribers/{id}/erase", otherId).then().statusCode(204);
        assertThat(data.subscriber(other)).isEmpty();
        assertThat(data.suppression(other)).as("nothing about the person is left").isEmpty();
    }

    @Test
    void suppressionListIsManagedByAdmins() {
        String email = uniqueEmail("supp");
        given().contentType(ContentType.JSON).body(Map.of("email", email.toUpperCase()))
                .post("/api/suppressions")
                .then().statusCode(200).body("email", equalTo(email)).body("reason", equalTo("MANUAL"));
        given().get("/api/suppressions/{email}", email).then().statusCode(200);
        given().queryParam("after", email.substring(0, email.length() - 1)).queryParam("limit", 1)
                .get("/api/suppressions").then().statusCode(200).body("items", hasSize(1));
        given().delete("/api/suppressions/{email}", email).then().statusCode(204);
        given().get("/api/suppressions/{email}", email).then().statusCode(404);
    }

    @Test
    void csvExportStreamsMembersAndDefusesFormulas() {
        long list = data.list("Export", ListVisibility.PRIVATE, OptIn.SINGLE);
        String email = uniqueEmail("csv");
        create(email, "=HYPERLINK(\"http://evil\")", List.of(list), "CONFIRMED");
        String csv = given().queryParam("list", list).get("/api/subscribers/export")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("subscribers.csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("email,name,status,source,created_at,attributes,subscription_status,consent_at,consent_method");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(email + ",\"'=HYPERLINK(\"\"http://evil\"\")\",ACTIVE,api,")
                .contains("CONFIRMED").endsWith(",API");
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void editorsSearchButNeitherChangeNorExport() {
        given().get("/api/subscribers").then().statusCode(200);
        given().get("/api/subscribers/export").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("email", uniqueEmail("e"))).post("/api/subscribers").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("neverMailAgain", true)).post("/api/subscribers/1/erase").then().statusCode(403);
        given().get("/api/suppressions").then().statusCode(403);
        given().get("/api/imports").then().statusCode(403);
    }
}
