package io.gazette.audience;

import io.gazette.delivery.bounce.BounceEvent;
import io.gazette.delivery.bounce.BounceKind;
import io.gazette.delivery.bounce.BounceSink;
import io.gazette.delivery.bounce.BounceSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** One mailbox is one subscriber and one suppression, however its domain is spelt (issue 20). */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class MailboxSpellingTest {

    @Inject
    AudienceData data;

    @Inject
    MailableRecipients recipients;

    @Inject
    BounceSink bounces;

    @Inject
    Clock clock;

    private static String local() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theUnicodeAndTheAsciiDomainAreOneSubscriber() {
        String local = local();
        given().contentType(ContentType.JSON).body(Map.of("email", local + "@Bücher.de"))
                .post("/api/subscribers")
                .then().statusCode(201).body("email", equalTo(local + "@xn--bcher-kva.de"));

        given().contentType(ContentType.JSON).body(Map.of("email", local + "@xn--bcher-kva.de"))
                .post("/api/subscribers")
                .then().statusCode(409);
        given().queryParam("email", local + "@bücher.de").get("/api/subscribers")
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void suppressingTheUnicodeFormBlocksTheAsciiForm() {
        String local = local();
        given().contentType(ContentType.JSON).body(Map.of("email", local + "@bücher.de"))
                .post("/api/suppressions")
                .then().statusCode(200).body("email", equalTo(local + "@xn--bcher-kva.de"));

        assertThat(recipients.isAddressBlocked(local + "@xn--bcher-kva.de")).isTrue();
        given().get("/api/suppressions/{email}", local + "@xn--bcher-kva.de").then().statusCode(200);
    }

    @Test
    void aBounceForTheUnicodeFormSuppressesTheStoredAsciiForm() {
        String local = local();
        bounces.accept(new BounceEvent(local + "@BÜCHER.de", BounceKind.HARD, "550 user unknown", clock.instant(),
                BounceSource.GENERIC));

        assertThat(data.suppression(local + "@xn--bcher-kva.de")).contains(SuppressionReason.HARD_BOUNCE);
    }

    @Test
    void aSignUpWithTheOtherSpellingFindsTheSameSubscriber() {
        long list = data.list("Spellings", ListVisibility.PUBLIC, OptIn.SINGLE);
        String local = local();
        data.subscribe(List.of(local + "@xn--bcher-kva.de"), list);

        given().redirects().follow(false).formParam("email", local + "@bücher.de")
                .post("/subscribe/{slug}", data.slug(list))
                .then().statusCode(303);

        given().queryParam("q", local).get("/api/subscribers")
                .then().statusCode(200).body("items.size()", equalTo(1))
                .body("items[0].email", equalTo(local + "@xn--bcher-kva.de"));
    }

    @Test
    void aLocalPartOutsideAsciiIsRefusedWhileTheRelayLacksSmtpUtf8() {
        given().contentType(ContentType.JSON).body(Map.of("email", "jörg-" + local() + "@example.org"))
                .post("/api/subscribers")
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("email"))
                .body("errors[0].message", containsString("SMTPUTF8"));

        long list = data.list("Umlauts", ListVisibility.PUBLIC, OptIn.SINGLE);
        given().formParam("email", "jörg-" + local() + "@example.org")
                .post("/subscribe/{slug}", data.slug(list))
                .then().statusCode(400).body(containsString("cannot deliver to addresses with accents"));
    }
}
