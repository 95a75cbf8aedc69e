package io.gazette.delivery.send;

import java.net.URL;
import io.quarkus.test.common.http.TestHTTPResource;
import io.gazette.audience.AudienceData;
import io.gazette.shared.web.SubscriberLinks;
import io.gazette.support.Fixtures;
import io.gazette.support.GreenMailResource;
import io.gazette.support.Mailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Sends through the application's own workers into the in-process SMTP server, as an editor would start them. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
class SendFlowTest {

    /** {@code /q/metrics} lives on the management interface (the annotation adds its {@code /q} root). */
    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @Inject
    SendKit kit;

    @Inject
    AudienceData audience;

    @Inject
    SubscriberLinks links;

    @Test
    void everyMailableRecipientGetsExactlyOneMessageWithTheirOwnUnsubscribeLink() throws Exception {
        long newsletter = Fixtures.newsletter();
        long morning = kit.list(newsletter);
        long evening = kit.list(newsletter);
        String both = kit.subscriber("both", List.of(morning, evening), "CONFIRMED");
        String one = kit.subscriber("one", List.of(evening), "CONFIRMED");
        String pending = kit.subscriber("pending", List.of(morning), "UNCONFIRMED");
        String blocked = kit.subscriber("blocked", List.of(morning), "CONFIRMED");
        String suppressed = kit.subscriber("suppressed", List.of(morning), "CONFIRMED");
        String left = kit.subscriber("left", List.of(morning), "CONFIRMED");
        given().contentType(ContentType.JSON).body(Map.of("action", "BLOCKLIST", "emails", List.of(blocked)))
                .post("/api/subscribers/bulk").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("email", suppressed, "reason", "MANUAL"))
                .post("/api/suppressions").then().statusCode(200);
        audience.unsubscribe(left, morning);
        long issue = Fixtures.issue(newsletter, 3);

        long send = kit.send(issue);
        JsonPath done = kit.await(send, SendStatus.FINISHED);

        assertThat(done.getLong("recipients")).isEqualTo(2);
        assertThat(done.getLong("sent")).isEqualTo(2);
        assertThat(done.getLong("remaining")).isZero();
        assertThat(done.getList("lists", Long.class)).containsExactlyInAnyOrder(morning, evening);
        for (String reader : List.of(both, one)) {
            List<MimeMessage> received = Mailbox.await(reader, 1);
            assertThat(received).hasSize(1);
            long subscriber = audience.subscriber(reader).orElseThrow().id;
            String token = Mailbox.linkToken(received.get(0), "unsubscribe");
            assertThat(links.readUnsubscribe(token)).hasValueSatisfying(m -> assertThat(m.subscriberId()).isEqualTo(subscriber));
            assertThat(received.get(0).getHeader("List-Unsubscribe")[0]).contains(token);
        }
        for (String nobody : List.of(pending, blocked, suppressed, left)) {
            assertThat(Mailbox.messagesTo(nobody)).as(nobody).isEmpty();
        }
        given().get("/api/issues/{id}", issue).then().body("status", equalTo("SENT"));
        given().get("/api/issues/{id}/sends", issue).then().body("", hasSize(1)).body("[0].id", equalTo((int) send));
    }

    @Test
    void theListsChosenWhenSchedulingAreTheAudience() {
        long newsletter = Fixtures.newsletter();
        long morning = kit.list(newsletter);
        long evening = kit.list(newsletter);
        String early = kit.subscriber("early", List.of(morning), "CONFIRMED");
        String late = kit.subscriber("late", List.of(evening), "CONFIRMED");
        long issue = Fixtures.issue(newsletter, 1);

        given().contentType(ContentType.JSON).body(Map.of("status", "SCHEDULED", "scheduledAt", "2031-01-02T08:00:00Z",
                        "lists", List.of(987654321L)))
                .post("/api/issues/{id}/status", issue).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("lists"));
        given().contentType(ContentType.JSON).body(Map.of("status", "SCHEDULED", "scheduledAt", "2031-01-02T08:00:00Z",
                        "lists", List.of(morning)))
                .post("/api/issues/{id}/status", issue).then().statusCode(200).body("lists", equalTo(List.of((int) morning)));
        given().contentType(ContentType.JSON).body(Map.of("status", "SCHEDULED", "scheduledAt", "2031-01-03T08:00:00Z"))
                .post("/api/issues/{id}/status", issue).then().statusCode(200)
                .body("scheduledAt", equalTo("2031-01-03T08:00:00Z")).body("lists", equalTo(List.of((int) morning)));

        JsonPath done = kit.await(kit.send(issue), SendStatus.FINISHED);

        assertThat(done.getList("lists", Long.class)).containsExactly(morning);
        assertThat(done.getLong("recipients")).isEqualTo(1);
        assertThat(Mailbox.await(early, 1)).hasSize(1);
        assertThat(Mailbox.messagesTo(late)).isEmpty();
    }

    @Test
    void aSendToNobodyIsFinishedAtOnceAndANewsletterWithoutListsCannotBeSent() {
        long newsletter = Fixtures.newsletter();
        kit.list(newsletter);
        long issue = Fixtures.issue(newsletter, 1);

        JsonPath send = given().contentType(ContentType.JSON).body("{}").post("/api/issues/{id}/send", issue)
                .then().statusCode(202).extract().jsonPath();
        assertThat(send.getString("status")).isEqualTo("FINISHED");
        assertThat(send.getLong("recipients")).isZero();
        given().get("/api/issues/{id}", issue).then().body("status", equalTo("SENT"));

        long listless = Fixtures.issue(Fixtures.newsletter(), 1);
        given().contentType(ContentType.JSON).body("{}").post("/api/issues/{id}/send", listless)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("no lists"));
        given().get("/api/issues/{id}", listless).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void outcomesArePagedByRecipientAndFilteredByStatus() {
        long newsletter = Fixtures.newsletter();
        long list = kit.list(newsletter);
        kit.confirmed("paged", list, 3);
        long send = kit.send(Fixtures.issue(newsletter, 1));
        kit.await(send, SendStatus.FINISHED);

        JsonPath first = given().get("/api/sends/{id}/deliveries?limit=2", send).then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("items")).hasSize(2);
        assertThat(first.getList("items.status")).containsOnly("SENT");
        assertThat(first.getString("items[0].reply")).startsWith("250");
        JsonPath second = given().get("/api/sends/{id}/deliveries?limit=2&after={after}", send, first.getString("next"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("items")).hasSize(1);
        assertThat(second.getString("next")).isNull();
        given().get("/api/sends/{id}/deliveries?status=FAILED", send).then().statusCode(200).body("items", hasSize(0));
        given().get("/api/sends/{id}/deliveries?status=NOPE", send).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("status"));
    }

    @Test
    void aTestSendIsMarkedGoesOnlyToTheGivenAddressesAndIsNeverADelivery() throws Exception {
        long newsletter = Fixtures.newsletter();
        kit.confirmed("not-in-test", kit.list(newsletter), 1);
        long issue = Fixtures.issue(newsletter, 2);
        String editor = AudienceData.uniqueEmail("editor");

        given().contentType(ContentType.JSON).body(Map.of("addresses", List.of(editor)))
                .post("/api/issues/{id}/test", issue)
                .then().statusCode(200).body("[0].address", equalTo(editor)).body("[0].outcome", equalTo("SENT"));

        MimeMessage message = Mailbox.awaitOne(editor);
        assertThat(message.getSubject()).startsWith("[Test] ");
        given().get("/api/issues/{id}/sends", issue).then().body("", hasSize(0));
        given().get("/api/issues/{id}", issue).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void badRequestsAreRefusedNamingTheField() {
        long newsletter = Fixtures.newsletter();
        kit.list(newsletter);
        long issue = Fixtures.issue(newsletter, 1);

        given().contentType(ContentType.JSON).body(Map.of("lists", List.of(987654321L)))
                .post("/api/issues/{id}/send", issue)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("lists")).body("errors[0].message", containsString("987654321"));
        given().contentType(ContentType.JSON).body(Map.of("addresses", List.of("not an address")))
                .post("/api/issues/{id}/test", issue)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", containsString("addresses"));
        given().contentType(ContentType.JSON).body(Map.of("addresses", List.of("a@example.org\r\nBcc: x@example.org")))
                .post("/api/issues/{id}/test", issue)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", containsString("addresses"));
        given().get("/api/issues/{id}", issue).then().body("status", equalTo("DRAFT"));

        long send = kit.send(issue);
        kit.await(send, SendStatus.FINISHED);
        given().contentType(ContentType.JSON).body("{}").post("/api/issues/{id}/send", issue)
                .then().statusCode(409).contentType("application/problem+json");
        given().post("/api/sends/{id}/resume", send).then().statusCode(409).contentType("application/problem+json");
        given().get("/api/sends/987654321").then().statusCode(404);
    }

    @Test
    void erasingAPersonErasesTheirDeliveryRowsToo() {
        long newsletter = Fixtures.newsletter();
        List<String> readers = kit.confirmed("erased", kit.list(newsletter), 2);
        long send = kit.send(Fixtures.issue(newsletter, 1));
        kit.await(send, SendStatus.FINISHED);
        long erased = audience.subscriber(readers.get(0)).orElseThrow().id;

        given().contentType(ContentType.JSON).body(Map.of("neverMailAgain", false))
                .post("/api/subscribers/{id}/erase", erased).then().statusCode(204);

        assertThat(kit.statusByEmail(send)).containsOnlyKeys(readers.get(1));
        assertThat(kit.view(send).getLong("recipients")).isEqualTo(2);
    }

    @Test
    void metricsCountMessagesInPrometheusFormat() {
        long newsletter = Fixtures.newsletter();
        kit.confirmed("metrics", kit.list(newsletter), 1);
        kit.await(kit.send(Fixtures.issue(newsletter, 1)), SendStatus.FINISHED);

        String metrics = given().get(managementMetrics).then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("gazette_messages_total\\{outcome=\"sent\"[^}]*} [1-9]")
                .contains("gazette_smtp_latency_seconds_count").contains("gazette_queue_depth").contains("gazette_send_rate");
    }
}
