package io.gazette.schedule;

import io.gazette.audience.AudienceData;
import io.gazette.audience.ListVisibility;
import io.gazette.audience.OptIn;
import io.gazette.delivery.send.SendKit;
import io.gazette.support.Fixtures;
import io.gazette.support.GreenMailResource;
import io.gazette.support.Mailbox;
import io.gazette.support.TestClock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Phase 1 of 2 (see {@link RestartPhases}): schedule an issue with a fixed clock; nothing goes out before its time. */
@QuarkusTest
@TestProfile(RestartPhases.RestartPhase1Profile.class)
@TestSecurity(user = "admin", roles = "admin")
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
class ScheduledSendPhase1Test {

    @Inject
    TestClock clock;

    @Inject
    AudienceData audience;

    @Inject
    SendKit kit;

    @Inject
    SendScheduler scheduler;

    @Test
    void aScheduledIssueWaitsForItsTime() {
        clock.set(RestartPhases.SEND_AT.minusSeconds(3600));
        try {
            Map<String, Object> body = new HashMap<>(Fixtures.newsletterBody(RestartPhases.SLUG));
            long newsletter = given().contentType(ContentType.JSON).body(body).post("/api/newsletters")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            long list = audience.list("Restart readers", ListVisibility.PUBLIC, OptIn.SINGLE, newsletter);
            List<String> readers = List.of(kit.subscriber("restart-a", List.of(list), "CONFIRMED"),
                    kit.subscriber("restart-b", List.of(list), "CONFIRMED"));
            long issue = Fixtures.issue(newsletter, 2);
            given().contentType(ContentType.JSON)
                    .body(Map.of("status", "SCHEDULED", "scheduledAt", RestartPhases.SEND_AT.toString()))
                    .post("/api/issues/{id}/status", issue).then().statusCode(200).body("status", equalTo("SCHEDULED"));

            clock.set(RestartPhases.SEND_AT.minusSeconds(1));
            scheduler.startDueIssues();

            given().get("/api/issues/{id}", issue).then().body("status", equalTo("SCHEDULED"));
            given().get("/api/issues/{id}/sends", issue).then().body("", hasSize(0));
            readers.forEach(reader -> assertThat(Mailbox.messagesTo(reader)).isEmpty());
        } finally {
            clock.reset();
        }
    }
}
