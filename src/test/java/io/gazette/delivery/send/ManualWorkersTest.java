package io.gazette.delivery.send;

import io.gazette.audience.AudienceData;
import io.gazette.audience.SuppressionReason;
import io.gazette.delivery.queue.Claim;
import io.gazette.delivery.queue.ClaimedDelivery;
import io.gazette.delivery.queue.DeliveryQueue;
import io.gazette.delivery.queue.DeliveryResult;
import io.gazette.delivery.testing.MisbehavingSmtpServer;
import io.gazette.delivery.testing.ReceivedMessage;
import io.gazette.delivery.testing.SmtpStage;
import io.gazette.delivery.worker.WorkerContext;
import io.gazette.security.Roles;
import io.gazette.security.TestAccounts;
import io.gazette.support.Fixtures;
import io.gazette.support.GreenMailResource;
import io.gazette.support.Mailbox;
import io.gazette.support.Poll;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.gazette.delivery.send.ManualPools.byRecipient;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The work queue against servers the tests control: several worker pools on one database (as several instances
 * would be), workers that die holding rows, servers that refuse, drop, defer and reject. The application's own mail
 * (the pause notice) goes to the in-process GreenMail server.
 */
@QuarkusTest
@TestProfile(ManualWorkersProfile.class)
@TestSecurity(user = "admin", roles = "admin")
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
class ManualWorkersTest {

    @Inject
    SendKit kit;

    @Inject
    AudienceData audience;

    @Inject
    WorkerContext context;

    @Inject
    DeliveryQueue queue;

    @Inject
    EntityManager em;

    @Inject
    TestAccounts accounts;

    private ManualPools pools;

    @BeforeEach
    void startFresh() {
        pools = new ManualPools(context);
    }

    @AfterEach
    void stopEverything() throws Exception {
        pools.close();
        kit.cancelUnfinishedSends();
    }

    @Test
    void twoInstancesShareOneSendAndMailEveryRecipientOnce() {
        long newsletter = Fixtures.newsletter();
        List<String> readers = kit.confirmed("shared", kit.list(newsletter), 60);
        long send = kit.send(Fixtures.issue(newsletter, 2));
        MisbehavingSmtpServer first = pools.server();
        MisbehavingSmtpServer second = pools.server();

        pools.pool("instance-a", first, 2);
        pools.pool("instance-b", second, 2);
        kit.await(send, SendStatus.FINISHED);

        Map<String, Long> firstGot = byRecipient(first);
        Map<String, Long> secondGot = byRecipient(second);
        assertThat(firstGot).isNotEmpty();
        assertThat(secondGot).isNotEmpty();
        assertThat(firstGot.keySet()).doesNotContainAnyElementsOf(secondGot.keySet());
        assertThat(firstGot.values()).containsOnly(1L);
        assertThat(secondGot.values()).containsOnly(1L);
        List<String> all = new ArrayList<>(firstGot.keySet());
        all.addAll(secondGot.keySet());
        assertThat(all).containsExactlyInAnyOrderElementsOf(readers);
        assertThat(kit.statusByEmail(send).values()).containsOnly("SENT");
    }

    @Test
    void rowsHeldByAWorkerThatDiedAreTakenOverOnceTheirLeaseRunsOut() {
        long newsletter = Fixtures.newsletter();
        List<String> readers = kit.confirmed("lease", kit.list(newsletter), 8);
        long send = kit.send(Fixtures.issue(newsletter, 1));
        Claim dead = queue.claim(send, 3, Duration.ofSeconds(1));
        assertThat(dead.rows()).hasSize(3);
        MisbehavingSmtpServer server = pools.server();

        pools.pool("survivor", server, 2);
        kit.await(send, SendStatus.FINISHED);

        assertThat(byRecipient(server)).containsOnlyKeys(readers).containsValues(1L).doesNotContainValue(2L);
        Instant late = Instant.now();
        List<DeliveryResult> lateWrite = dead.rows().stream().map(row -> new DeliveryResult(row.id(), DeliveryStatus.FAILED,
                late, 554, "554 5.0.0 written after the lease ran out", null, null)).toList();
        assertThat(queue.record(dead, lateWrite)).isZero();
        for (ClaimedDelivery row : dead.rows()) {
            assertThat(kit.statusByEmail(send)).containsEntry(row.email(), "SENT");
            assertThat(kit.reply(send, row.email())).startsWith("250 ");
            assertThat(kit.attempts(send, row.email())).isEqualTo(1);
        }
    }

    @Test
    void theSnapshotIgnoresEditsMadeAfterTheStart() {
        long newsletter = Fixtures.newsletter();
        String reader = kit.confirmed("snapshot", kit.list(newsletter), 1).get(0);
        long issue = Fixtures.issue(newsletter, 2);
        long send = kit.send(issue);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE item SET headline = 'Rewritten after the start' WHERE issue_id = ?1")
                    .setParameter(1, issue).executeUpdate();
            em.createNativeQuery("UPDATE newsletter SET name = 'Renamed after the start' WHERE id = ?1")
                    .setParameter(1, newsletter).executeUpdate();
        });
        MisbehavingSmtpServer server = pools.server();

        pools.pool("snapshot", server, 1);
        kit.await(send, SendStatus.FINISHED);

        String message = only(server, reader).text();
        assertThat(message).contains("Headline 1").contains("Headline 2").doesNotContain("Rewritten after the start")
                .doesNotContain("Renamed after the start");
    }

    @Test
    void readersWhoLeaveOrAreBlockedAfterTheStartAreSkipped() {
        long newsletter = Fixtures.newsletter();
        long list = kit.list(newsletter);
        List<String> readers = kit.confirmed("leaving", list, 4);
        long send = kit.send(Fixtures.issue(newsletter, 1));
        audience.unsubscribe(readers.get(0), list);
        given().contentType(ContentType.JSON).body(Map.of("email", readers.get(1), "reason", "MANUAL"))
                .post("/api/suppressions").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("action", "BLOCKLIST", "emails", List.of(readers.get(2))))
                .post("/api/subscribers/bulk").then().statusCode(200);
        MisbehavingSmtpServer server = pools.server();

        pools.pool("skipping", server, 1);
        JsonPath done = kit.await(send, SendStatus.FINISHED);

        assertThat(byRecipient(server)).containsOnlyKeys(readers.get(3));
        assertThat(kit.statusByEmail(send)).containsEntry(readers.get(0), "SKIPPED").containsEntry(readers.get(1), "SKIPPED")
                .containsEntry(readers.get(2), "SKIPPED").containsEntry(readers.get(3), "SENT");
        assertThat(done.getLong("skipped")).isEqualTo(3);
    }

    @Test
    void temporaryFailuresAreRetriedUntilTheMessageGoesThroughOnce() {
        long newsletter = Fixtures.newsletter();
        List<String> readers = kit.confirmed("flaky", kit.list(newsletter), 6);
        String deferred = readers.get(2);
        MisbehavingSmtpServer server = pools.server();
        server.on(SmtpStage.GREETING).times(1).reply("421 4.3.2 Service not available, closing channel");
        server.on(SmtpStage.BODY).times(1).drop();
        server.on(SmtpStage.RCPT).forRecipient(deferred).times(2).reply("451 4.7.1 Greylisted, try again later");
        long send = kit.send(Fixtures.issue(newsletter, 1));

        pools.pool("flaky", server, 2);
        kit.await(send, SendStatus.FINISHED);

        assertThat(byRecipient(server)).containsOnlyKeys(readers).doesNotContainValue(2L);
        assertThat(kit.statusByEmail(send).values()).containsOnly("SENT");
        assertThat(kit.attempts(send, deferred)).isEqualTo(3);
    }

    @Test
    void rejectionsAreFinalAndUnknownUsersAreSuppressed() {
        long newsletter = Fixtures.newsletter();
        List<String> readers = kit.confirmed("final", kit.list(newsletter), 4);
        String gone = readers.get(0);
        String refused = readers.get(1);
        String stuck = readers.get(2);
        MisbehavingSmtpServer server = pools.server();
        server.on(SmtpStage.RCPT).forRecipient(gone).reply("550 5.1.1 <" + gone + ">: Recipient address rejected: User unknown");
        server.on(SmtpStage.RCPT).forRecipient(refused).reply("554 5.7.1 Message refused by policy");
        server.on(SmtpStage.RCPT).forRecipient(stuck).reply("452 4.2.2 Mailbox full");
        long send = kit.send(Fixtures.issue(newsletter, 1));

        pools.pool("final", server, 1);
        kit.await(send, SendStatus.FINISHED);

        Map<String, String> status = kit.statusByEmail(send);
        assertThat(status).containsEntry(gone, "BOUNCED").containsEntry(refused, "FAILED").containsEntry(stuck, "FAILED")
                .containsEntry(readers.get(3), "SENT");
        assertThat(kit.attempts(send, gone)).isEqualTo(1);
        assertThat(kit.attempts(send, refused)).isEqualTo(1);
        assertThat(kit.attempts(send, stuck)).isEqualTo(3);
        assertThat(kit.reply(send, gone)).contains("5.1.1");
        assertThat(kit.reply(send, stuck)).startsWith("gave up after 3 attempts").contains("452");
        assertThat(audience.suppression(gone)).contains(SuppressionReason.HARD_BOUNCE);
        assertThat(audience.suppression(refused)).isEmpty();
        JsonPath view = kit.view(send);
        assertThat(view.getLong("bounced")).isEqualTo(1);
        assertThat(view.getLong("failedPermanent")).isEqualTo(2);
        assertThat(view.getLong("sent")).isEqualTo(1);
    }

    @Test
    void aServerRefusingEverythingPausesTheSendAndResumingFinishesItOnce() throws Exception {
        long newsletter = Fixtures.newsletter();
        List<String> readers = kit.confirmed("pause", kit.list(newsletter), 10);
        String stranger = accounts.create(Roles.EDITOR).email();
        TestAccounts.Account granted = accounts.create(Roles.EDITOR);
        Fixtures.grant(given(), granted.id(), newsletter);
        String editor = granted.email();
        MisbehavingSmtpServer server = pools.server();
        server.refuseConnections();
        long send = kit.send(Fixtures.issue(newsletter, 1));

        pools.pool("pausing", server, 1);
        JsonPath paused = kit.await(send, SendStatus.PAUSED);
        assertThat(paused.getString("pauseReason")).contains("6 messages in a row failed");
        assertThat(server.received()).isEmpty();
        assertThat(Mailbox.awaitOne(editor).getSubject()).isEqualTo("Send " + send + " paused itself");
        assertThat(Mailbox.messagesTo(stranger)).as("an editor of other newsletters").isEmpty();
        given().get("/api/audit?action=send.auto-paused").then().statusCode(200)
                .body("content.target", hasItem("send:" + send));

        server.acceptConnections();
        given().post("/api/sends/{id}/resume", send).then().statusCode(200).body("status", equalTo("RUNNING"));
        kit.await(send, SendStatus.FINISHED);

        assertThat(byRecipient(server)).containsOnlyKeys(readers).doesNotContainValue(2L);
    }

    @Test
    void anEditorCanPauseResumeAndCancelAndCancelledRecipientsAreNeverMailed() {
        long newsletter = Fixtures.newsletter();
        kit.confirmed("cancel", kit.list(newsletter), 3);
        long issue = Fixtures.issue(newsletter, 1);
        long send = kit.send(issue);

        given().post("/api/sends/{id}/pause", send).then().statusCode(200).body("status", equalTo("PAUSED"))
                .body("pauseReason", containsString("admin"));
        given().post("/api/sends/{id}/pause", send).then().statusCode(409).contentType("application/problem+json");
        given().post("/api/sends/{id}/resume", send).then().statusCode(200).body("status", equalTo("RUNNING"));
        given().contentType(ContentType.JSON).body(Map.of("status", "CANCELLED"))
                .post("/api/issues/{id}/status", issue).then().statusCode(200).body("status", equalTo("CANCELLED"));
        MisbehavingSmtpServer server = pools.server();
        pools.pool("after-cancel", server, 1);
        long next = kit.send(Fixtures.issue(newsletter, 1));
        kit.await(next, SendStatus.FINISHED);

        JsonPath view = kit.view(send);
        assertThat(view.getString("status")).isEqualTo("CANCELLED");
        assertThat(view.getLong("cancelled")).isEqualTo(3);
        assertThat(kit.statusByEmail(send).values()).containsOnly("CANCELLED");
        assertThat(server.received()).as("the workers mailed the next send, and only it").hasSize(3);
        assertThat(byRecipient(server).values()).containsOnly(1L);
    }

    @Test
    void cancellingWhileWorkersMailStopsTheRestAndLeavesNothingQueued() {
        long newsletter = Fixtures.newsletter();
        kit.confirmed("midway", kit.list(newsletter), 12);
        MisbehavingSmtpServer server = pools.server();
        server.on(SmtpStage.END_OF_DATA).delay(Duration.ofMillis(150));
        long send = kit.send(Fixtures.issue(newsletter, 1));

        pools.pool("midway", server, 1);
        Poll.until("the first message went", () -> !server.received().isEmpty());
        given().post("/api/sends/{id}/cancel", send).then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertThat(kit.statusByEmail(send).values()).as("nothing is held once the cancel is in").doesNotContain("CLAIMED", "QUEUED");
        Poll.until("the worker ended its claim", () -> kit.held(send) == 0);

        Map<String, String> status = kit.statusByEmail(send);
        assertThat(status.values()).containsOnly("SENT", "CANCELLED").contains("CANCELLED");
        Map<String, Long> received = byRecipient(server);
        assertThat(received.values()).containsOnly(1L);
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(
                status.entrySet().stream().filter(e -> e.getValue().equals("SENT")).map(Map.Entry::getKey).toList());
        given().get("/api/issues/{id}", kit.view(send).getLong("issueId")).then().body("status", equalTo("CANCELLED"));
    }

    private static ReceivedMessage only(MisbehavingSmtpServer server, String recipient) {
        List<ReceivedMessage> messages = server.received().stream().filter(m -> m.recipients().contains(recipient)).toList();
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }
}
