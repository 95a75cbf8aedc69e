package io.gazette.delivery.send;

import io.gazette.delivery.queue.DeliveryQueue;
import io.gazette.issue.Issue;
import io.gazette.issue.IssueService;
import io.gazette.issue.IssueStatus;
import io.gazette.issue.IssueStatusChanged;
import io.gazette.security.audit.AuditLog;
import io.gazette.shared.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Moves sends through their life: pause, resume, cancel, finish. Every move locks the send's row first, so editors,
 * workers and supervisors on any number of instances agree on one order of events.
 */
@ApplicationScoped
@Transactional
public class SendControl {

    private static final Logger LOG = Logger.getLogger(SendControl.class);

    private final EntityManager em;
    private final DeliveryQueue queue;
    private final AuditLog audit;
    private final Event<SendPaused> paused;
    private final Clock clock;
    private final IssueService issues;

    SendControl(EntityManager em, DeliveryQueue queue, AuditLog audit, Event<SendPaused> paused, Clock clock,
                IssueService issues) {
        this.em = em;
        this.issues = issues;
        this.queue = queue;
        this.audit = audit;
        this.paused = paused;
        this.clock = clock;
    }

    public SendJob get(long sendId) {
        return inScope(Optional.ofNullable(em.find(SendJob.class, sendId)), sendId);
    }

    /** The sends workers should take work from now, oldest first. */
    public List<RunningSend> running() {
        return em.createQuery("select new io.gazette.delivery.send.RunningSend(j.id, j.run) from SendJob j"
                + " where j.status = ?1 order by j.id", RunningSend.class).setParameter(1, SendStatus.RUNNING).getResultList();
    }

    /** Whether workers of this run should go on mailing. */
    public boolean isRunning(RunningSend send) {
        SendJob job = em.find(SendJob.class, send.id());
        return job != null && job.status() == SendStatus.RUNNING && job.run == send.run();
    }

    /** Whether the send was cancelled; reads the status alone, not the snapshot. */
    public boolean isCancelled(long sendId) {
        return em.createQuery("select j.status from SendJob j where j.id = ?1", SendStatus.class).setParameter(1, sendId)
                .getResultStream().anyMatch(status -> status == SendStatus.CANCELLED);
    }

    public SendJob pause(long sendId, String actor) {
        SendJob send = lock(sendId);
        send.transitionTo(SendStatus.PAUSED, clock.instant());
        send.pauseReason = "paused by " + actor;
        audit.record(actor, "send.paused", AuditLog.target("send", sendId), null);
        return send;
    }

    /** Pauses a run that the auto-pause detector gave up on; nothing happens when the send moved on meanwhile. */
    public void autoPause(RunningSend run, String reason) {
        SendJob send = lock(run.id());
        if (send.status() != SendStatus.RUNNING || send.run != run.run()) {
            return;
        }
        send.transitionTo(SendStatus.PAUSED, clock.instant());
        send.pauseReason = reason.length() <= 1000 ? reason : reason.substring(0, 1000);
        audit.record("system", "send.auto-paused", AuditLog.target("send", send.id), send.pauseReason);
        LOG.warnf("Send %d paused itself: %s", send.id, send.pauseReason);
        paused.fire(new SendPaused(send.id, send.issueId, send.pauseReason));
    }

    /** Continues a paused send; recipients waiting for a retry are tried again at once, the server may be back. */
    public SendJob resume(long sendId, String actor) {
        SendJob send = lock(sendId);
        Instant now = clock.instant();
        send.transitionTo(SendStatus.RUNNING, now);
        em.createNativeQuery("UPDATE delivery SET next_attempt_at = ?1 WHERE send_id = ?2 AND status = 'QUEUED' AND next_attempt_at > ?1")
                .setParameter(1, now).setParameter(2, sendId).executeUpdate();
        audit.record(actor, "send.resumed", AuditLog.target("send", sendId), null);
        return send;
    }

    /** Stops a send for good; its issue becomes CANCELLED. */
    public SendJob cancel(long sendId, String actor) {
        SendJob send = lock(sendId);
        stop(send);
        Issue issue = em.find(Issue.class, send.issueId, LockModeType.PESSIMISTIC_WRITE);
        if (issue.status() == IssueStatus.SENDING) {
            issue.transitionTo(IssueStatus.CANCELLED, clock.instant());
        }
        audit.record(actor, "send.cancelled", AuditLog.target("send", sendId), null);
        return send;
    }

    /** Marks a running send finished once no recipient is left without a final outcome; its issue becomes SENT. */
    public boolean finishIfDone(long sendId) {
        if (queue.unfinished(sendId) > 0) {
            return false;
        }
        SendJob send = lock(sendId);
        if (send.status() != SendStatus.RUNNING || queue.unfinished(sendId) > 0) {
            return false;
        }
        finish(send, em.find(Issue.class, send.issueId, LockModeType.PESSIMISTIC_WRITE), clock.instant());
        return true;
    }

    void finish(SendJob send, Issue issue, Instant now) {
        send.transitionTo(SendStatus.FINISHED, now);
        issue.transitionTo(IssueStatus.SENT, now);
        LOG.infof("Send %d of issue %d finished", send.id, issue.id);
    }

    /** An editor cancelled a SENDING issue through its status: its send stops in the same transaction. */
    void onIssueStatusChanged(@Observes IssueStatusChanged change) {
        if (change.from() != IssueStatus.SENDING || change.to() != IssueStatus.CANCELLED) {
            return;
        }
        em.createQuery("from SendJob j where j.issueId = ?1 and j.status in ?2", SendJob.class)
                .setParameter(1, change.issueId()).setParameter(2, List.of(SendStatus.RUNNING, SendStatus.PAUSED))
                .getResultList().forEach(send -> stop(lock(send.id)));
    }

    private void stop(SendJob send) {
        send.transitionTo(SendStatus.CANCELLED, clock.instant());
        queue.cancelQueued(send.id);
    }

    private SendJob lock(long sendId) {
        return inScope(Optional.ofNullable(em.find(SendJob.class, sendId, LockModeType.PESSIMISTIC_WRITE)), sendId);
    }

    /** The send, if it exists and its issue's newsletter is one the person acting may work on; 404 otherwise. */
    private SendJob inScope(Optional<SendJob> found, long sendId) {
        SendJob send = found.orElseThrow(() -> ProblemException.notFound("Send", sendId));
        issues.requireInScope(send.issueId, "Send", sendId);
        return send;
    }
}
