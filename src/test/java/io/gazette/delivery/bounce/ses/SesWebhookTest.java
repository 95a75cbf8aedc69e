package io.gazette.delivery.bounce.ses;

import io.gazette.delivery.bounce.BounceKind;
import io.gazette.delivery.bounce.BounceService;
import io.gazette.delivery.bounce.BounceSource;
import io.gazette.delivery.bounce.BounceView;
import io.gazette.delivery.bounce.BounceWebhookProfile;
import io.gazette.delivery.bounce.RecordingSuppressor;
import io.gazette.delivery.testing.SelfSignedCertificate;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.gazette.delivery.bounce.BounceWebhookProfile.TOPIC;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SES notifications over SNS with real RSA signatures: the test makes its own key and certificate, serves the
 * certificate from a loopback server that the test profile trusts, and signs messages as AWS documents it.
 */
@QuarkusTest
@TestProfile(BounceWebhookProfile.class)
class SesWebhookTest {

    private static final SelfSignedCertificate SNS = SelfSignedCertificate.create("sns.amazonaws.com");
    private static SnsTestServer server;
    private static SnsSigner signer;

    @Inject
    BounceService bounces;

    @Inject
    RecordingSuppressor suppressor;

    @BeforeAll
    static void startSnsHost() {
        server = new SnsTestServer();
        signer = new SnsSigner(SNS.privateKey(), server.serve("/SimpleNotificationService-test.pem", SNS.pem()));
    }

    @AfterAll
    static void stopSnsHost() {
        server.close();
    }

    @Test
    void aPermanentBounceSuppressesEveryBouncedRecipient() {
        String first = unique();
        String second = unique();
        String ses = """
                {"notificationType": "Bounce",
                 "bounce": {"bounceType": "Permanent", "bounceSubType": "General",
                   "bouncedRecipients": [
                     {"emailAddress": "%s", "action": "failed", "status": "5.1.1", "diagnosticCode": "smtp; 550 5.1.1 user unknown"},
                     {"emailAddress": "%s", "action": "failed", "status": "5.1.1"}],
                   "timestamp": "2026-03-01T07:59:58.000Z", "feedbackId": "0000013fb0b4d5a5-example", "reportingMTA": "dsn; a8-70.smtp-out.amazonses.com"},
                 "mail": {"timestamp": "2026-03-01T07:59:57.000Z", "source": "news@gazette.test", "messageId": "0000013fb0b4d5a5",
                   "destination": ["%s", "%s"]}}
                """.formatted(first, second, first, second);
        post(signer.notification(TOPIC, ses, null, "2")).then().statusCode(200)
                .body("accepted", equalTo(2)).body("ignored", equalTo(0));

        BounceView event = bounces.history(first).get(0);
        assertEquals(BounceKind.HARD, event.kind());
        assertEquals(BounceSource.SES, event.source());
        assertEquals("Permanent/General: smtp; 550 5.1.1 user unknown", event.reason());
        assertEquals(Instant.parse("2026-03-01T07:59:58Z"), event.occurredAt());
        assertTrue(event.suppressed());
        assertEquals("Permanent/General: 5.1.1", bounces.history(second).get(0).reason());
        assertEquals(1, suppressor.callsFor(second).size());
    }

    @Test
    void aComplaintSignedWithVersionOneSuppresses() {
        String email = unique();
        String ses = """
                {"notificationType": "Complaint",
                 "complaint": {"complainedRecipients": [{"emailAddress": "%s"}], "complaintFeedbackType": "abuse",
                   "timestamp": "2026-03-01T09:00:00Z", "feedbackId": "x"},
                 "mail": {"source": "news@gazette.test"}}
                """.formatted(email);
        post(signer.notification(TOPIC, ses, "Amazon SES Email Event Notification", "1")).then().statusCode(200).body("accepted", equalTo(1));
        BounceView event = bounces.history(email).get(0);
        assertEquals(BounceKind.COMPLAINT, event.kind());
        assertEquals("complaint: abuse", event.reason());
        assertTrue(event.suppressed());
    }

    @Test
    void configurationSetEventsAndTransientBouncesAreSoft() {
        String email = unique();
        String ses = """
                {"eventType": "Bounce", "bounce": {"bounceType": "Transient", "bounceSubType": "MailboxFull",
                  "bouncedRecipients": [{"emailAddress": "%s", "status": "4.2.2"}], "timestamp": "2026-03-01T09:00:00Z"}}
                """.formatted(email);
        post(signer.notification(TOPIC, ses, null, "2")).then().statusCode(200).body("accepted", equalTo(1));
        BounceView event = bounces.history(email).get(0);
        assertEquals(BounceKind.SOFT, event.kind());
        assertFalse(event.suppressed());
    }

    @Test
    void deliveriesAndForeignMessagesAreIgnored() {
        post(signer.notification(TOPIC, "{\"notificationType\": \"Delivery\", \"delivery\": {}}", null, "2")).then().statusCode(200)
                .body("accepted", equalTo(0)).body("ignored", equalTo(1));
        post(signer.notification(TOPIC, "Hello from the SNS console", "test", "1")).then().statusCode(200).body("ignored", equalTo(1));
    }

    @Test
    void aTamperedMessageIsRefusedAndNothingRecorded() {
        String email = unique();
        Map<String, String> signed = new HashMap<>(signer.notification(TOPIC, hardBounce("someone-else@example.org"), null, "2"));
        signed.put("Message", hardBounce(email));
        post(signed).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:gazette:problem:bad-signature"));
        Map<String, String> subjectAdded = new HashMap<>(signer.notification(TOPIC, hardBounce(email), null, "2"));
        subjectAdded.put("Subject", "added later");
        post(subjectAdded).then().statusCode(403);
        assertTrue(bounces.history(email).isEmpty());
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() {
        SnsSigner impostor = new SnsSigner(SelfSignedCertificate.create("sns.amazonaws.com").privateKey(),
                server.base() + "/SimpleNotificationService-test.pem");
        String email = unique();
        post(impostor.notification(TOPIC, hardBounce(email), null, "2")).then().statusCode(403);
        assertTrue(bounces.history(email).isEmpty());
    }

    @Test
    void certificatesOnlyComeFromTrustedHostsAndMustBeValid() {
        String email = unique();
        server.serve("/elsewhere.pem", SNS.pem());
        SnsSigner untrusted = new SnsSigner(SNS.privateKey(), server.untrustedBase() + "/elsewhere.pem");
        post(untrusted.notification(TOPIC, hardBounce(email), null, "2")).then().statusCode(403)
                .body("detail", containsString("not on a trusted SNS host"));
        assertFalse(server.requests().contains("/elsewhere.pem"), "an untrusted URL is never fetched");

        SelfSignedCertificate expired = SelfSignedCertificate.create("sns.amazonaws.com",
                Instant.now().minus(Duration.ofDays(2)), Instant.now().minus(Duration.ofDays(1)));
        SnsSigner stale = new SnsSigner(expired.privateKey(), server.serve("/expired.pem", expired.pem()));
        post(stale.notification(TOPIC, hardBounce(email), null, "2")).then().statusCode(403)
                .body("detail", containsString("not valid now"));

        SnsSigner missing = new SnsSigner(SNS.privateKey(), server.base() + "/missing.pem");
        post(missing.notification(TOPIC, hardBounce(email), null, "2")).then().statusCode(502);
        assertTrue(bounces.history(email).isEmpty());
    }

    @Test
    void theCertificateIsFetchedOnce() {
        SnsSigner cached = new SnsSigner(SNS.privateKey(), server.serve("/cached.pem", SNS.pem()));
        post(cached.notification(TOPIC, hardBounce(unique()), null, "2")).then().statusCode(200);
        post(cached.notification(TOPIC, hardBounce(unique()), null, "1")).then().statusCode(200);
        assertEquals(1, server.requests().stream().filter("/cached.pem"::equals).count());
    }

    @Test
    void onlyConfiguredTopicsAndKnownSignatureVersionsAreAccepted() {
        String email = unique();
        post(signer.notification("arn:aws:sns:eu-west-1:999999999999:someone-elses-topic", hardBounce(email), null, "2"))
                .then().statusCode(403).body("type", equalTo("urn:gazette:problem:unknown-topic"));
        post(signer.notification(TOPIC, hardBounce(email), null, "3")).then().statusCode(403)
                .body("detail", containsString("SignatureVersion 3"));
        assertTrue(bounces.history(email).isEmpty());
    }

    @Test
    void aSubscriptionIsConfirmedByVisitingItsTrustedSubscribeUrl() {
        String subscribe = server.base() + "/confirm?Action=ConfirmSubscription&TopicArn=" + TOPIC + "&Token=abc";
        post(signer.subscriptionConfirmation(TOPIC, subscribe)).then().statusCode(200).body("ignored", equalTo(1));
        assertTrue(server.requests().contains("/confirm?Action=ConfirmSubscription&TopicArn=" + TOPIC + "&Token=abc"),
                server.requests().toString());
    }

    @Test
    void anUntrustedSubscribeUrlIsNeverVisited() {
        String subscribe = server.untrustedBase() + "/confirm?Token=never";
        post(signer.subscriptionConfirmation(TOPIC, subscribe)).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("SubscribeURL"));
        assertFalse(server.requests().stream().anyMatch(r -> r.contains("never")));
    }

    @Test
    void malformedMessagesAreProblems() {
        given().contentType("text/plain; charset=UTF-8").body("{not json").post("/webhooks/ses")
                .then().statusCode(400).contentType("application/problem+json");
        Map<String, String> unsigned = new HashMap<>(signer.notification(TOPIC, hardBounce(unique()), null, "2"));
        unsigned.remove("Signature");
        post(unsigned).then().statusCode(400).body("errors[0].field", equalTo("Signature"));
        post(signer.notification(TOPIC, "{\"notificationType\": \"Bounce\", \"bounce\": {\"bounceType\": \"Permanent\"}}", null, "2"))
                .then().statusCode(400).body("errors[0].field", equalTo("Message"));
    }

    private static Response post(Map<String, String> message) {
        // SNS posts JSON as text/plain, with its own headers.
        return given().contentType("text/plain; charset=UTF-8")
                .header("x-amz-sns-message-type", message.get("Type"))
                .body(SnsSigner.json(message)).post("/webhooks/ses");
    }

    private static String hardBounce(String email) {
        return """
                {"notificationType": "Bounce", "bounce": {"bounceType": "Permanent", "bounceSubType": "General",
                 "bouncedRecipients": [{"emailAddress": "%s", "status": "5.1.1"}], "timestamp": "2026-03-01T09:00:00Z"}}
                """.formatted(email);
    }

    private static String unique() {
        return "ses-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

}
