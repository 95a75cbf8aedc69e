package io.gazette.security.audit;

import io.gazette.shared.paging.PageRequest;
import io.gazette.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Also shows the other features' test convention at work: a test identity posting JSON needs no CSRF token. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class ScheduleAuditTest {

    @Inject
    AuditLog audit;

    @Test
    void everyScheduleChangeIsAuditedWithItsActor() {
        long issue = Fixtures.issue(Fixtures.newsletter(), 1);
        given().contentType(ContentType.JSON).body(Map.of("status", "SCHEDULED", "scheduledAt", "2099-01-07T08:00:00Z"))
                .post("/api/issues/{id}/status", issue).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("status", "DRAFT"))
                .post("/api/issues/{id}/status", issue).then().statusCode(200);

        List<String> entries = audit.list(AuditQuery.action("issue.status-changed"), new PageRequest(0, 100)).content().stream()
                .filter(entry -> ("issue:" + issue).equals(entry.target()))
                .map(entry -> entry.actor() + ": " + entry.details())
                .toList();
        assertEquals(List.of("admin: SCHEDULED -> DRAFT", "admin: DRAFT -> SCHEDULED, send at 2099-01-07T08:00:00Z"), entries);
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        long issue = Fixtures.issue(Fixtures.newsletter(), 1);
        given().contentType(ContentType.JSON).body(Map.of("status", "SCHEDULED", "scheduledAt", "2001-01-01T08:00:00Z"))
                .post("/api/issues/{id}/status", issue).then().statusCode(400);

        assertEquals(0, audit.list(AuditQuery.action("issue.status-changed"), new PageRequest(0, 100)).content().stream()
                .filter(entry -> ("issue:" + issue).equals(entry.target())).count());
    }
}
