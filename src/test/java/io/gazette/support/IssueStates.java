package io.gazette.support;

import io.gazette.issue.Issue;
import io.gazette.issue.IssueStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Instant;

/** Moves an issue along the status machine directly, as the delivery feature does, for tests of later states. */
public final class IssueStates {

    private IssueStates() {
    }

    public static void markSent(long issueId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Issue issue = Issue.findById(issueId);
            issue.transitionTo(IssueStatus.SENDING, Instant.now());
            issue.transitionTo(IssueStatus.SENT, Instant.now());
        });
    }
}
