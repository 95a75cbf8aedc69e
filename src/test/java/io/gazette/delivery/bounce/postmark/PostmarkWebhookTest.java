package io.gazette.delivery.bounce.postmark;

import io.gazette.delivery.bounce.BounceKind;
import io.gazette.delivery.bounce.BounceService;
import io.gazette.delivery.bounce.BounceSource;
import io.gazette.delivery.bounce.BounceView;
import io.gazette.delivery.bounce.BounceWebhookProfile;
import io.gazette.delivery.bounce.RecordingSuppressor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Postmark's own payloads (as documented by Postmark), authenticated with Basic auth as Postmark sends it. */
@QuarkusTest
@TestProfile(BounceWebhookProfile.class)
class PostmarkWebhookTest {

    @Inject
    BounceService bounces;

    @Inject
    RecordingSuppressor suppressor;

    @Test
    void aHardBounceSuppressesTheAddress() {
        String email = unique();
        post(bounce("HardBounce", 1, email, "Test bounce details")).then().statusCode(200)
                .body("accepted", equalTo(1)).body("ignored", equalTo(0));

        BounceView event = bounces.history(email).get(0);
        assertEquals(BounceKind.HARD, event.kind());
        assertEquals(BounceSource.POSTMARK, event.source());
        assertEquals("HardBounce: Test bounce details", event.reason());
        assertEquals(Instant.parse("2014-08-01T17:28:10.273539Z"), event.occurredAt());
        assertTrue(event.suppressed());
        assertEquals(1, suppressor.callsFor(email).size());
    }

    @Test
    void aSpamComplaintSuppressesTheAddress() {
        String email = unique();
        String complaint = """
                {"RecordType": "SpamComplaint", "ID": 42, "Type": "SpamComplaint", "TypeCode": 100001,
                 "Name": "Spam complaint", "MessageID": "00000000-0000-0000-0000-000000000000", "ServerID": 1234,
                 "MessageStream": "broadcast", "Description": "The subscriber explicitly marked this message as spam.",
                 "Details": "Test spam complaint details", "Email": "%s", "From": "news@gazette.test",
                 "BouncedAt": "2026-03-01T08:00:00Z", "DumpAvailable": true, "Inactive": true, "CanActivate": false,
                 "Subject": "Tidewater Weekly #12"}
                """.formatted(email);
        post(complaint).then().statusCode(200).body("accepted", equalTo(1));
        BounceView event = bounces.history(email).get(0);
        assertEquals(BounceKind.COMPLAINT, event.kind());
        assertTrue(event.suppressed());
    }

    @Test
    void softKindsAreCountedNotSuppressedAtOnce() {
        for (String type : List.of("SoftBounce", "Transient", "DnsError")) {
            String email = unique();
            post(bounce(type, 4096, email, "Mailbox full")).then().statusCode(200).body("accepted", equalTo(1));
            BounceView event = bounces.history(email).get(0);
            assertEquals(BounceKind.SOFT, event.kind(), type);
            assertFalse(event.suppressed(), type);
        }
    }

    @Test
    void reportsThatAreNoBouncesAreAcknowledgedAndIgnored() {
        String email = unique();
        post(bounce("AutoResponder", 64, email, "Out of office")).then().statusCode(200)
                .body("accepted", equalTo(0)).body("ignored", equalTo(1));
        post("""
                {"RecordType": "Delivery", "ServerID": 23, "MessageStream": "outbound", "MessageID": "x",
                 "Recipient": "%s", "DeliveredAt": "2026-03-01T08:00:00Z", "Details": "Test delivery webhook details"}
                """.formatted(email)).then().statusCode(200).body("ignored", equalTo(1));
        assertTrue(bounces.history(email).isEmpty());
    }

    @Test
    void aBounceWithoutAnAddressIsAProblem() {
        post("{\"RecordType\": \"Bounce\", \"Type\": \"HardBounce\", \"TypeCode\": 1}").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("Email"));
        post("{\"RecordType\": \"Bounce\", \"Type\": \"HardBounce\", \"Email\": \"" + unique() + "\", \"BouncedAt\": \"last week\"}")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("BouncedAt"));
    }

    @Test
    void theSecretIsRequired() {
        given().contentType(ContentType.JSON).body(bounce("HardBounce", 1, unique(), "x"))
                .post("/webhooks/postmark").then().statusCode(401).contentType("application/problem+json");
    }

    private static Response post(String json) {
        return given().contentType(ContentType.JSON).auth().preemptive().basic("postmark", BounceWebhookProfile.SECRET)
                .body(json).post("/webhooks/postmark");
    }

    /** Postmark's documented bounce webhook example, with the type and address swapped in. */
    private static String bounce(String type, int code, String email, String details) {
        return """
                {"RecordType": "Bounce", "MessageStream": "outbound", "ID": 4323372036854775807, "Type": "%s",
                 "TypeCode": %d, "Name": "Hard bounce", "Tag": "Test", "MessageID": "883953f4-6105-42a2-a16a-77a8eac79483",
                 "Metadata": {"a_key": "a_value", "b_key": "b_value"}, "ServerID": 23,
                 "Description": "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
                 "Details": "%s", "Email": "%s", "From": "sender@example.com", "BouncedAt": "2014-08-01T13:28:10.2735393-04:00",
                 "DumpAvailable": true, "Inactive": true, "CanActivate": true, "Subject": "Test subject",
                 "Content": "<Full dump of bounce>"}
                """.formatted(type, code, details, email);
    }

    private static String unique() {
        return "pm-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
