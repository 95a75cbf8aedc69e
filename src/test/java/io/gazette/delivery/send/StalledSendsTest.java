package io.gazette.delivery.send;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gazette.delivery.testing.MisbehavingSmtpServer;
import io.gazette.delivery.worker.WorkerContext;
import io.gazette.schedule.SendScheduler;
import io.gazette.security.Roles;
import io.gazette.security.TestAccounts;
import io.gazette.support.Fixtures;
import io.gazette.support.GreenMailResource;
import io.gazette.support.Mailbox;
import io.gazette.support.Poll;
import io.gazette.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * No send stalls with nobody told: a send that cannot be rendered pauses with its reason and lets later sends go;
 * a scheduled issue that cannot start fails after a few attempts, in a state the API shows, with one mail to the editors.
 */
@QuarkusTest
@TestProfile(ManualWorkersProfile.class)
@TestSecurity(user = "admin", roles = "admin")
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
class StalledSendsTest {

    @Inject
    SendKit kit;

    @Inject
    WorkerContext context;

    @Inject
    TestAccounts accounts;

    @Inject
    SendScheduler scheduler;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

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
    void aSendWhoseSnapshotCannotBeRenderedIsPausedWithItsReasonWhileALaterSendCompletes() throws Exception {
        String stranger = accounts.create(Roles.EDITOR).email();
        TestAccounts.Account granted = accounts.create(Roles.EDITOR);
        String editor = granted.email();
        long broken = Fixtures.newsletter();
        Fixtures.grant(given(), granted.id(), broken);
        kit.confirmed("unrenderable", kit.list(broken), 2);
        long brokenSend = kit.send(Fixtures.issue(broken, 1));
        breakTheme(brokenSend);
        long fine = Fixtures.newsletter();
        List<String> readers = kit.confirmed("after-broken", kit.list(fine), 2);
        long fineSend = kit.send(Fixtures.issue(fine, 1));
        assertThat(fineSend).isGreaterThan(brokenSend);
        MisbehavingSmtpServer server = pools.server();

        pools.pool("stalled", server, 1);

        kit.await(fineSend, SendStatus.FINISHED);
        JsonPath paused = kit.await(brokenSend, SendStatus.PAUSED);
        assertThat(paused.getString("pauseReason")).contains("could not be rendered").contains("email.html");
        assertThat(server.received()).hasSize(2);
        assertThat(server.received().stream().flatMap(m -> m.recipients().stream())).containsExactlyInAnyOrderElementsOf(readers);
        MimeMessage notice = Mailbox.awaitOne(editor);
        assertThat(notice.getSubject()).isEqualTo("Send " + brokenSend + " paused itself");
        assertThat(Mailbox.messagesTo(stranger)).as("an editor of other newsletters").isEmpty();
        assertThat(Mailbox.part(notice, "text/plain")).contains("could not be rendered");
        given().get("/api/audit?action=send.auto-paused").then().statusCode(200)
                .body("content.target", hasItem("send:" + brokenSend));
    }

    @Test
    void anIssueThatCannotStartFailsAfterAFewAttemptsTellsTheEditorsOnceAndCanBeRescheduled() throws MessagingException {
        TestAccounts.Account granted = accounts.create(Roles.EDITOR);
        String editor = granted.email();
        long newsletter = Fixtures.newsletter();
        Fixtures.grant(given(), granted.id(), newsletter);
        long issue = Fixtures.issue(newsletter, 1);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(now);
        schedule(issue, now.plus(Duration.ofHours(1)));
        clock.set(now.plus(Duration.ofHours(1)).plusSeconds(1));

        Poll.until("the issue has failed to start", () -> {
            scheduler.startDueIssues();
            return "FAILED".equals(issueView(issue).getString("status"));
        });

        JsonPath failed = issueView(issue);
        assertThat(failed.getString("startError")).contains("no lists");
        assertThat(failed.getInt("startAttempts")).isEqualTo(3);
        given().get("/api/issues/{id}/sends", issue).then().body("", hasSize(0));
        MimeMessage notice = Mailbox.awaitOne(editor);
        assertThat(notice.getSubject()).contains("#" + failed.getInt("number")).contains("could not be sent");
        assertThat(Mailbox.part(notice, "text/plain")).contains("no lists").contains("/api/issues/" + issue);
        scheduler.startDueIssues();
        scheduler.startDueIssues();
        assertThat(Mailbox.messagesTo(editor)).hasSize(1);
        given().get("/api/audit?action=issue.start-failed").then().statusCode(200)
                .body("content.target", hasItem("issue:" + issue));
        given().get("/api/newsletters/{id}/issues?status=FAILED", newsletter).then().statusCode(200)
                .body("content.id", equalTo(List.of((int) issue)));

        kit.confirmed("after-fix", kit.list(newsletter), 1);
        schedule(issue, now.plus(Duration.ofHours(2)));
        JsonPath rescheduled = issueView(issue);
        assertThat(rescheduled.getString("status")).isEqualTo("SCHEDULED");
        assertThat(rescheduled.getString("startError")).isNull();
        assertThat(rescheduled.getInt("startAttempts")).isZero();
        clock.set(now.plus(Duration.ofHours(2)).plusSeconds(1));
        scheduler.startDueIssues();
        assertThat(issueView(issue).getString("status")).isEqualTo("SENDING");
        given().get("/api/issues/{id}/sends", issue).then().body("", hasSize(1)).body("[0].recipients", equalTo(1));
    }

    private void schedule(long issue, Instant at) {
        given().contentType(ContentType.JSON).body(Map.of("status", "SCHEDULED", "scheduledAt", at.toString()))
                .post("/api/issues/{id}/status", issue).then().statusCode(200).body("status", equalTo("SCHEDULED"));
    }

    private static JsonPath issueView(long issue) {
        return given().get("/api/issues/{id}", issue).then().statusCode(200).extract().jsonPath();
    }

    /** Puts a template that cannot compile into the send's snapshot of its theme. */
    private void breakTheme(long send) throws Exception {
        QuarkusTransaction.requiringNew().call(() -> {
            String snapshot = (String) em.createNativeQuery("SELECT snapshot FROM send_job WHERE id = ?1").setParameter(1, send)
                    .getSingleResult();
            ObjectNode tree = (ObjectNode) json.readTree(snapshot);
            ((ObjectNode) tree.path("theme").path("files")).put("email.html", "<p>{#if issue.title}unclosed</p>");
            return em.createNativeQuery("UPDATE send_job SET snapshot = ?1 WHERE id = ?2")
                    .setParameter(1, json.writeValueAsString(tree)).setParameter(2, send).executeUpdate();
        });
    }
}
