package io.gazette.delivery.send;

import io.gazette.delivery.DeliveryConfig;
import io.gazette.issue.Issue;
import io.gazette.issue.IssueStatus;
import io.gazette.security.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;

/**
 * Counts the failed tries to start a scheduled issue's send, in the database so every instance's tries add up. After
 * {@code gazette.delivery.start-attempts} of them the issue becomes FAILED: the scheduler stops trying, the audit log
 * records it and the editors are mailed once. Scheduling the issue again starts the count afresh.
 */
@ApplicationScoped
public class FailedStarts {

    private static final Logger LOG = Logger.getLogger(FailedStarts.class);

    private final EntityManager em;
    private final DeliveryConfig config;
    private final AuditLog audit;
    private final Event<IssueStartFailed> failed;
    private final Clock clock;

    FailedStarts(EntityManager em, DeliveryConfig config, AuditLog audit, Event<IssueStartFailed> failed, Clock clock) {
        this.em = em;
        this.config = config;
        this.audit = audit;
        this.failed = failed;
        this.clock = clock;
    }

    /** Notes that starting this due issue failed for {@code reason}; nothing happens when it is no longer due. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long issueId, String reason) {
        Instant now = clock.instant();
        Issue issue = em.find(Issue.class, issueId, LockModeType.PESSIMISTIC_WRITE);
        if (issue == null || issue.status() != IssueStatus.SCHEDULED || issue.scheduledAt == null || issue.scheduledAt.isAfter(now)) {
            return;
        }
        if (!issue.failedToStart(reason, config.startAttempts(), now)) {
            LOG.warnf("Scheduled issue %d could not start (try %d of %d): %s", issueId, issue.startAttempts, config.startAttempts(), reason);
            return;
        }
        LOG.errorf("Scheduled issue %d could not start after %d tries and is now FAILED: %s", issueId, issue.startAttempts, reason);
        audit.record("scheduler", "issue.start-failed", AuditLog.target("issue", issueId),
                issue.startError + " (after " + issue.startAttempts + " tries)");
        failed.fire(new IssueStartFailed(issue.id, issue.number, issue.newsletter.name, issue.scheduledAt, issue.startAttempts,
                issue.startError));
    }
}
