package io.gazette.audience.subscriber;

import io.gazette.audience.AudienceData;
import io.gazette.audience.ListVisibility;
import io.gazette.audience.OptIn;
import io.gazette.audience.Subscription;
import io.gazette.audience.SubscriptionStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Bulk actions on everyone a search finds ({@code match}), across more than one page of the bulk size. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class BulkBySearchTest {

    @Inject
    AudienceData data;

    @Test
    void unsubscribesEveryoneASearchFindsAndKeepsTheirConsentRecords() {
        long list = data.list("Search bulk", ListVisibility.PRIVATE, OptIn.SINGLE);
        long other = data.list("Untouched", ListVisibility.PRIVATE, OptIn.SINGLE);
        String token = "sb" + UUID.randomUUID().toString().substring(0, 6);
        List<String> found = IntStream.range(0, 1_203).mapToObj(i -> token + "-" + i + "@example.org").toList();
        subscribe(found, list, other);
        String bystander = AudienceData.uniqueEmail("bystander");
        subscribe(List.of(bystander), list);

        given().contentType(ContentType.JSON)
                .body(Map.of("action", "UNSUBSCRIBE", "match", Map.of("q", token, "list", list), "lists", List.of(list)))
                .post("/api/subscribers/bulk").then().statusCode(200)
                .body("matched", equalTo(1_203)).body("changed", equalTo(1_203));

        assertThat(data.members(list, SubscriptionStatus.UNSUBSCRIBED)).isEqualTo(1_203);
        assertThat(data.members(other, SubscriptionStatus.CONFIRMED)).as("only the named list").isEqualTo(1_203);
        assertThat(data.status(bystander, list)).contains(SubscriptionStatus.CONFIRMED);
        Subscription kept = data.subscription(found.get(1_202), list).orElseThrow();
        assertThat(kept.consentAt).as("consent record kept").isNotNull();
        assertThat(kept.unsubscribedAt).isNotNull();
    }

    @Test
    void refusesASearchTogetherWithNamedSubscribersAndAStateWithoutAList() {
        given().contentType(ContentType.JSON)
                .body(Map.of("action", "BLOCKLIST", "ids", List.of(1), "match", Map.of("q", "x")))
                .post("/api/subscribers/bulk").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("match"));
        given().contentType(ContentType.JSON)
                .body(Map.of("action", "BLOCKLIST", "match", Map.of("subscription", "CONFIRMED")))
                .post("/api/subscribers/bulk").then().statusCode(400)
                .body("errors[0].field", equalTo("subscription"));
    }

    private static void subscribe(List<String> emails, Long... lists) {
        for (int from = 0; from < emails.size(); from += 1_000) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("action", "SUBSCRIBE", "emails", emails.subList(from, Math.min(emails.size(), from + 1_000)),
                            "lists", List.of(lists), "status", "CONFIRMED"))
                    .post("/api/subscribers/bulk").then().statusCode(200);
        }
    }
}
