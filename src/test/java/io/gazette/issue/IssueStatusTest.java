package io.gazette.issue;

import io.gazette.shared.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IssueStatusTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "DRAFT, SCHEDULED, true", "DRAFT, SENDING, true", "DRAFT, CANCELLED, true", "DRAFT, SENT, false",
            "SCHEDULED, DRAFT, true", "SCHEDULED, SENDING, true", "SCHEDULED, CANCELLED, true", "SCHEDULED, SENT, false",
            "SENDING, SENT, true", "SENDING, CANCELLED, true", "SENDING, DRAFT, false", "SENDING, SCHEDULED, false",
            "SENT, DRAFT, false", "SENT, SCHEDULED, false", "SENT, SENDING, false", "SENT, CANCELLED, false",
            "CANCELLED, DRAFT, true", "CANCELLED, SCHEDULED, false", "CANCELLED, SENDING, false", "CANCELLED, SENT, false"})
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

    private static Issue issueIn(IssueStatus status) {
        Issue issue = new Issue();
        issue.number = 7;
        issue.status = status;
        return issue;
    }
}
