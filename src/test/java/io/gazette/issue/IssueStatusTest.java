package io.gazette.issue;

import io.gazette.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IssueStatusTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "DRAFT, SCHEDULED, true", "DRAFT, SENDING, true", "DRAFT, CANCELLED, true", "DRAFT, SENT, false",
            "SCHEDULED, DRAFT, true", "SCHEDULED, SENDING, true", "SCHEDULED, CANCELLED, true", "SCHEDULED, SENT, false",
            "SENDING, SENT, true", "SENDING, CANCELLED, true", "SENDING, DRAFT, false", "SENDING, SCHEDULED, false",
            "SENT, DRAFT, false", "SENT, SCHEDULED, false", "SENT, SENDING, false", "SENT, CANCELLED, false",
            "CANCELLED, DRAFT, true", "CANCELLED, SCHEDULED, false", "CANCELLED, SENDING, false", "CANCELLED, SENT, false",
            "SCHEDULED, FAILED, true", "DRAFT, FAILED, false", "SENDING, FAILED, false", "SENT, FAILED, false",
            "FAILED, DRAFT, true", "FAILED, SCHEDULED, true", "FAILED, SENDING, true", "FAILED, CANCELLED, true",
            "FAILED, SENT, false"})
    void allowsOnlyTheDocumentedMoves(IssueStatus from, IssueStatus to, boolean allowed) {
        Issue issue = issueIn(from);
        if (allowed) {
            issue.transitionTo(to, NOW);
            assertEquals(to, issue.status());
        } else {
            ProblemException refused = assertThrows(ProblemException.class, () -> issue.transitionTo(to, NOW));
            assertEquals(409, refused.status());
            assertEquals(from, issue.status());
        }
    }

    @Test
    void aScheduledIssueFailsOnItsLastAllowedStartAndMovingOnClearsTheError() {
        Issue issue = issueIn(IssueStatus.SCHEDULED);
        issue.scheduledAt = NOW;
        assertFalse(issue.failedToStart("no lists", 3, NOW));
        assertFalse(issue.failedToStart("no lists", 3, NOW));
        assertEquals(IssueStatus.SCHEDULED, issue.status());
        assertEquals(2, issue.startAttempts);

        assertTrue(issue.failedToStart("still no lists", 3, NOW));
        assertEquals(IssueStatus.FAILED, issue.status());
        assertEquals("still no lists", issue.startError);
        assertEquals(NOW, issue.scheduledAt, "when it was due stays visible");

        issue.transitionTo(IssueStatus.SCHEDULED, NOW);
        assertEquals(0, issue.startAttempts);
        assertNull(issue.startError);
    }

    private static Issue issueIn(IssueStatus status) {
        Issue issue = new Issue();
        issue.number = 7;
        issue.status = status;
        return issue;
    }
}
