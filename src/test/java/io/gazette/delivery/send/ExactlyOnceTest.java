package io.gazette.delivery.send;

import java.net.URL;
import io.quarkus.test.common.http.TestHTTPResource;
import io.gazette.delivery.queue.Claim;
import io.gazette.delivery.queue.ClaimedDelivery;
import io.gazette.delivery.queue.DeliveryQueue;
import io.gazette.delivery.queue.DeliveryResult;
import io.gazette.delivery.testing.GatedSleeper;
import io.gazette.delivery.testing.MisbehavingSmtpServer;
import io.gazette.delivery.testing.SmtpStage;
import io.gazette.delivery.throttle.SendThrottle;
import io.gazette.delivery.throttle.SlidingWindow;
import io.gazette.delivery.worker.WorkerContext;
import io.gazette.support.Fixtures;
import io.gazette.support.GreenMailResource;
import io.gazette.support.Poll;
import io.gazette.support.TestClock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.gazette.delivery.send.ManualPools.byRecipient;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Each reader gets each issue once: through the real queue, against servers the tests script, the ways a worker could
 * mail someone twice (a lease lost while waiting, a reply lost after the data, a late write from a stolen claim) and
 * the ways rows could stay held forever.
 */
@QuarkusTest
@TestProfile(ManualWorkersProfile.class)
@TestSecurity(user = "admin", roles = "admin")
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
class ExactlyOnceTest {

    /** {@code /q/metrics} lives on the management interface (the annotation adds its {@code /q} root). */
    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @Inject
    SendKit kit;

    @Inject
    WorkerContext context;

    @Inject
    DeliveryQueue queue;

    @Inject
    TestClock clock;

    private ManualPools pools;

    @BeforeEach
    void startFresh() {
        pools = new ManualPools(context);
    }

    @AfterEach
    void stopEverything() throws Exception {
        pools.close();
        clock.reset();
        kit.cancelUnfinishedSends();
    }

    @Test
    void aThrottledBatchWhoseLeaseRunsOutMailsNothingAfterTheLoss() {
        long newsletter = Fixtures.newsletter();
        List<String> readers = kit.confirmed("throttled", kit.list(newsletter), 4);
        long send = kit.send(Fixtures.issue(newsletter, 1));
        MisbehavingSmtpServer first = pools.server();
        MisbehavingSmtpServer second = pools.server();
        GatedSleeper frozen = new GatedSleeper();
        SendThrottle oneAnHour = new SendThrottle(List.of(new SlidingWindow(1, Duration.ofHours(1), clock)), frozen);

        pools.pool("throttled", first, Duration.ofSeconds(5), oneAnHour);
        pools.onClose(frozen::open);
        Poll.until("the first worker mailed one and waits for the window", () -> first.received().size() == 1 && frozen.holding());
        Poll.until("the lease ran out and the scheduler took the rows back", () -> !kit.statusByEmail(send).containsValue("CLAIMED"));
        pools.pool("successor", second, Duration.ofSeconds(5), SendThrottle.unlimited());
        kit.await(send, SendStatus.FINISHED);
        double lostBefore = claimsLost();
        frozen.open();
        Poll.until("the first worker noticed it lost its rows", () -> claimsLost() > lostBefore);

        assertThat(byRecipient(first)).as("the first worker mailed nothing after the loss").containsOnlyKeys(readers.get(0));
        assertThat(byRecipient(second)).containsOnlyKeys(readers.subList(1, 4)).doesNotContainValue(2L);
        assertThat(kit.statusByEmail(send).values()).containsOnly("SENT");
    }

    @Test
    void aTimeoutAfterTheEndOfDataIsRetriedByThePolicyAndCountedAsAPossibleDouble() {
        long newsletter = Fixtures.newsletter();
        List<String> readers = kit.confirmed("uncertain", kit.list(newsletter), 3);
        String unlucky = readers.get(1);
        MisbehavingSmtpServer server = pools.server();
        server.on(SmtpStage.END_OF_DATA).forRecipient(unlucky).times(1).acceptThenStall(Duration.ofMillis(1500));
        long send = kit.send(Fixtures.issue(newsletter, 1));

        pools.pool("uncertain", server, Duration.ofMillis(400), SendThrottle.unlimited());
        JsonPath done = kit.await(send, SendStatus.FINISHED);

        Poll.until("the stalled copy is in too", () -> byRecipient(server).getOrDefault(unlucky, 0L) == 2);
        assertThat(byRecipient(server)).containsEntry(readers.get(0), 1L).containsEntry(readers.get(2), 1L);
        assertThat(kit.attempts(send, unlucky)).as("the second copy came from a retry, not at once").isEqualTo(2);
        assertThat(done.getInt("possibleDoubles")).isEqualTo(1);
        JsonPath outcome = given().get("/api/sends/{id}/deliveries?status=SENT", send).then().statusCode(200).extract().jsonPath();
        assertThat(outcome.getList("items.findAll { it.email == '" + unlucky + "' }.uncertainAttempts", Integer.class)).containsExactly(1);
        assertThat(outcome.getList("items.findAll { it.email != '" + unlucky + "' }.uncertainAttempts", Integer.class)).containsOnly(0);
    }

    @Test
    void aCancelledSendsClaimedRowsAreReleasedWhenTheirWorkerDied() {
        long newsletter = Fixtures.newsletter();
        kit.confirmed("orphaned", kit.list(newsletter), 4);
        long send = kit.send(Fixtures.issue(newsletter, 1));
        Claim dead = queue.claim(send, 3, Duration.ofMinutes(10));
        assertThat(dead.rows()).hasSize(3);

        given().post("/api/sends/{id}/cancel", send).then().statusCode(200).body("status", equalTo("CANCELLED"));

        Poll.until("no row of the cancelled send is held", () -> !kit.statusByEmail(send).containsValue("CLAIMED"));
        assertThat(kit.statusByEmail(send).values()).containsOnly("CANCELLED");
        JsonPath view = kit.view(send);
        assertThat(view.getLong("remaining")).isZero();
        assertThat(view.getLong("cancelled")).isEqualTo(4);

        ClaimedDelivery mailed = dead.rows().get(0);
        assertThat(queue.renew(dead, clock.instant().plusSeconds(60))).as("the holder sees its rows are gone").isZero();
        assertThat(queue.record(dead, results(List.of(mailed), DeliveryStatus.SENT, "250 2.0.0 mailed before the cancel")))
                .as("a holder that mailed before the cancel still records it").isEqualTo(1);
        assertThat(queue.release(dead)).isEqualTo(2);
        assertThat(kit.statusByEmail(send)).containsEntry(mailed.email(), "SENT");
        assertThat(kit.view(send).getLong("cancelled")).isEqualTo(3);
    }

    @Test
    void aLateWriteFromAClaimThatLostItsLeaseIsRefusedAndTheSuccessorsOutcomeStands() {
        long newsletter = Fixtures.newsletter();
        List<String> readers = kit.confirmed("stolen", kit.list(newsletter), 3);
        long send = kit.send(Fixtures.issue(newsletter, 1));
        Instant start = Instant.now();
        clock.set(start);
        Claim lost = queue.claim(send, 3, Duration.ofSeconds(2));
        clock.set(start.plusSeconds(3));
        assertThat(queue.reclaimExpired(send)).isEqualTo(3);
        Claim successor = queue.claim(send, 3, Duration.ofMinutes(5));
        assertThat(ids(successor)).isEqualTo(ids(lost));
        assertThat(queue.renew(lost, clock.instant().plusSeconds(60))).as("the lost claim renews nothing").isZero();
        assertThat(queue.renew(successor, clock.instant().plusSeconds(60))).isEqualTo(3);

        assertThat(queue.record(lost, results(lost.rows(), DeliveryStatus.SENT, "250 2.0.0 late"))).isZero();
        assertThat(kit.statusByEmail(send).values()).as("still the successor's to write").containsOnly("CLAIMED");
        assertThat(queue.record(successor, results(successor.rows(), DeliveryStatus.SENT, "250 2.0.0 successor"))).isEqualTo(3);
        assertThat(queue.record(lost, results(lost.rows(), DeliveryStatus.FAILED, "554 5.0.0 late"))).isZero();
        assertThat(queue.release(lost)).isZero();

        assertThat(kit.statusByEmail(send).values()).containsOnly("SENT");
        for (String reader : readers) {
            assertThat(kit.reply(send, reader)).isEqualTo("250 2.0.0 successor");
            assertThat(kit.attempts(send, reader)).isEqualTo(1);
        }
    }

    private static List<Long> ids(Claim claim) {
        return claim.rows().stream().map(ClaimedDelivery::id).sorted().toList();
    }

    private List<DeliveryResult> results(List<ClaimedDelivery> rows, DeliveryStatus status, String reply) {
        Instant now = clock.instant();
        return rows.stream().map(row -> new DeliveryResult(row.id(), status, now, Integer.parseInt(reply.substring(0, 3)),
                reply, "<" + row.id() + "@test>", status == DeliveryStatus.SENT ? now : null)).toList();
    }

    /** This instance's count of batches stopped because their rows were taken over, from /q/metrics. */
    private double claimsLost() {
        String metrics = given().get(managementMetrics).then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("gazette_claims_lost_total")).findFirst()
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).orElseThrow();
    }
}
