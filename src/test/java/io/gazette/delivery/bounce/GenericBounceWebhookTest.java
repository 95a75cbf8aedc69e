package io.gazette.delivery.bounce;

import io.gazette.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(BounceWebhookProfile.class)
class GenericBounceWebhookTest {

    @Inject
    BounceService bounces;

    @Inject
    RecordingSuppressor suppressor;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aHardBounceIsRecordedAndSuppressesAtOnce() {
        String email = unique();
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        post(Map.of("email", email.toUpperCase(), "type", "hard", "reason", "550 5.1.1 user unknown", "occurredAt", "2026-03-01T10:00:00+01:00"))
                .then().statusCode(200).body("accepted", equalTo(1)).body("ignored", equalTo(0));

        List<BounceView> history = bounces.history(email);
        assertEquals(1, history.size());
        BounceView event = history.get(0);
        assertEquals(email, event.email());
        assertEquals(BounceKind.HARD, event.kind());
        assertEquals("550 5.1.1 user unknown", event.reason());
        assertEquals(BounceSource.GENERIC, event.source());
        assertEquals(Instant.parse("2026-03-01T09:00:00Z"), event.occurredAt());
        assertEquals(Instant.parse("2026-03-02T09:00:00Z"), event.receivedAt());
        assertTrue(event.suppressed());
        assertEquals(List.of(new RecordingSuppressor.Call(email, BounceKind.HARD, "550 5.1.1 user unknown")), suppressor.callsFor(email));
    }

    @Test
    void aComplaintSuppressesAtOnceAndTheTimeDefaultsToReceipt() {
        String email = unique();
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        post(Map.of("email", email, "type", "complaint")).then().statusCode(200);
        BounceView event = bounces.history(email).get(0);
        assertEquals(BounceKind.COMPLAINT, event.kind());
        assertEquals(Instant.parse("2026-03-02T09:00:00Z"), event.occurredAt());
        assertTrue(event.suppressed());
        assertEquals(1, suppressor.callsFor(email).size());
    }

    @Test
    void softBouncesSuppressOnlyWhenEnoughFallWithinThePeriod() {
        String email = unique();
        clock.set(Instant.parse("2026-01-01T00:00:00Z"));
        post(Map.of("email", email, "type", "soft", "reason", "mailbox full")).then().statusCode(200);
        clock.advance(Duration.ofDays(10));
        post(Map.of("email", email, "type", "soft")).then().statusCode(200);
        clock.advance(Duration.ofDays(25));
        post(Map.of("email", email, "type", "soft")).then().statusCode(200);
        assertTrue(suppressor.callsFor(email).isEmpty(), "the first soft bounce is older than 30 days by now");

        clock.advance(Duration.ofDays(1));
        post(Map.of("email", email, "type", "soft", "reason", "mailbox full again")).then().statusCode(200);
        assertEquals(List.of(new RecordingSuppressor.Call(email, BounceKind.SOFT, "mailbox full again")), suppressor.callsFor(email));
        assertEquals(List.of(true, false, false, false), bounces.history(email).stream().map(BounceView::suppressed).toList());
    }

    @Test
    void theSecretIsRequiredBeforeTheBodyIsLookedAt() {
        given().contentType(ContentType.JSON).body(Map.of("email", "not an address"))
                .post("/webhooks/bounces")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:gazette:problem:unauthorized"));
        given().contentType(ContentType.JSON).header("X-Gazette-Webhook-Secret", "wrong-secret-wrong-secret")
                .body(Map.of("email", unique(), "type", "hard"))
                .post("/webhooks/bounces").then().statusCode(401);
        given().contentType(ContentType.JSON).auth().preemptive().basic("postmark", "wrong-secret-wrong-secret")
                .body(Map.of("email", unique(), "type", "hard"))
                .post("/webhooks/bounces").then().statusCode(401);
    }

    @Test
    void theSecretMayComeAsTheBasicPassword() {
        String email = unique();
        given().contentType(ContentType.JSON).auth().preemptive().basic("anyone", BounceWebhookProfile.SECRET)
                .body(Map.of("email", email, "type", "hard"))
                .post("/webhooks/bounces").then().statusCode(200).body("accepted", equalTo(1));
        assertEquals(1, bounces.history(email).size());
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        post(Map.of("type", "hard")).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("email"));
        post(Map.of("email", "not-an-address", "type", "hard")).then().statusCode(400)
                .body("errors.field", hasItem("email"));
        post(Map.of("email", "a@example.org\r\nBcc: x@example.org", "type", "hard")).then().statusCode(400)
                .body("errors.field", hasItem("email"));
        post(Map.of("email", unique(), "type", "bogus")).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"));
        Map<String, Object> badTime = new HashMap<>(Map.of("email", unique(), "type", "soft", "occurredAt", "yesterday"));
        post(badTime).then().statusCode(400).body("errors[0].field", equalTo("occurredAt"));
        given().contentType(ContentType.JSON).header("X-Gazette-Webhook-Secret", BounceWebhookProfile.SECRET).body("{not json")
                .post("/webhooks/bounces").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));
    }

    private static io.restassured.response.Response post(Map<String, ?> body) {
        return given().contentType(ContentType.JSON).header("X-Gazette-Webhook-Secret", BounceWebhookProfile.SECRET)
                .body(body).post("/webhooks/bounces");
    }

    static String unique() {
        return "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
