package io.gazette.schedule;

import io.gazette.delivery.send.SendKit;
import io.gazette.delivery.send.SendStatus;
import io.gazette.support.GreenMailResource;
import io.gazette.support.Mailbox;
import io.gazette.support.TestClock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Phase 2 of 2 (see {@link RestartPhases}): a new application start on the database phase 1 left. Once the clock
 * passes the send time, the scheduler starts the send once, and every reader gets the issue once.
 */
@QuarkusTest
@TestProfile(RestartPhases.RestartPhase2Profile.class)
@TestSecurity(user = "admin", roles = "admin")
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
class ScheduledSendPhase2Test {

    @Inject
    TestClock clock;

    @Inject
    SendKit kit;

    @Inject
    SendScheduler scheduler;

    @Test
    void theScheduledIssueGoesOutOnceAfterTheRestart() {
        JsonPath newsletters = given().get("/api/newsletters").then().statusCode(200).extract().jsonPath();
        List<Integer> ids = newsletters.getList("findAll { it.slug == '" + RestartPhases.SLUG + "' }.id");
        assertThat(ids).as("the newsletter phase 1 (ScheduledSendPhase1Test) left; run both phases together").hasSize(1);
        long issue = given().get("/api/newsletters/{id}/issues", ids.get(0)).then().statusCode(200)
                .extract().jsonPath().getLong("content[0].id");
        given().get("/api/issues/{id}", issue).then().body("status", equalTo("SCHEDULED"));

        clock.set(RestartPhases.SEND_AT.plusSeconds(60));
        try {
            scheduler.startDueIssues();
            scheduler.startDueIssues();
            JsonPath sends = given().get("/api/issues/{id}/sends", issue).then().body("", hasSize(1)).extract().jsonPath();
            kit.await(sends.getLong("[0].id"), SendStatus.FINISHED);
            scheduler.startDueIssues();

            given().get("/api/issues/{id}", issue).then().body("status", equalTo("SENT"))
                    .body("sentAt", equalTo(RestartPhases.SEND_AT.plusSeconds(60).toString()));
            given().get("/api/issues/{id}/sends", issue).then().body("", hasSize(1));
            List<String> readers = given().get("/api/sends/{id}/deliveries", sends.getLong("[0].id")).then().statusCode(200)
                    .extract().jsonPath().getList("items.email");
            assertThat(readers).hasSize(2);
            readers.forEach(reader -> assertThat(Mailbox.await(reader, 1)).hasSize(1));
        } finally {
            clock.reset();
        }
    }
}
