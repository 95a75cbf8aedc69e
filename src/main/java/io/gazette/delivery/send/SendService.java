package io.gazette.delivery.send;

import io.gazette.delivery.worker.SendWorkers;
import io.gazette.issue.IssueService;
import io.gazette.newsletter.NewsletterAccess;
import io.gazette.security.audit.CurrentActor;
import io.gazette.shared.paging.KeysetPage;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumSet;
import java.util.List;

/**
 * What the API and the pages do with sends. Each change commits before the answer is read and before idle workers are
 * woken, so they find the work the change made.
 */
@ApplicationScoped
public class SendService {

    private final SendStarter starter;
    private final SendControl control;
    private final SendProgress progress;
    private final SendWorkers workers;
    private final CurrentActor actor;
    private final IssueService issues;
    private final NewsletterAccess access;

    public SendService(SendStarter starter, SendControl control, SendProgress progress, SendWorkers workers, CurrentActor actor,
                       IssueService issues, NewsletterAccess access) {
        this.starter = starter;
        this.issues = issues;
        this.access = access;
        this.control = control;
        this.progress = progress;
        this.workers = workers;
        this.actor = actor;
    }

    public SendView start(long issueId, SendRequest request) {
        SendView view = progress.view(starter.startNow(issueId, request, actor.name()));
        workers.wake();
        return view;
    }

    public SendView view(long sendId) {
        return progress.view(control.get(sendId));
    }

    public List<SendView> ofIssue(long issueId) {
        issues.requireInScope(issueId, "Issue", issueId);
        return progress.ofIssue(issueId);
    }

    /** Sends still under way, running or paused, newest first. */
    public List<SendView> active(int limit) {
        return progress.withStatus(EnumSet.of(SendStatus.RUNNING, SendStatus.PAUSED), access.scope(), limit);
    }

    /** Sends that ended, finished or cancelled, newest first. */
    public List<SendView> recent(int limit) {
        return progress.withStatus(EnumSet.of(SendStatus.FINISHED, SendStatus.CANCELLED), access.scope(), limit);
    }

    /** How many people a send of the issue would mail if it started now. */
    public long audienceSize(long issueId) {
        return starter.audienceSize(issueId);
    }

    public KeysetPage<DeliveryView> deliveries(long sendId, DeliveryStatus status, long after, int limit) {
        control.get(sendId);
        return progress.deliveries(sendId, status, after, limit);
    }

    public SendView pause(long sendId) {
        return progress.view(control.pause(sendId, actor.name()));
    }

    public SendView resume(long sendId) {
        SendView view = progress.view(control.resume(sendId, actor.name()));
        workers.wake();
        return view;
    }

    public SendView cancel(long sendId) {
        return progress.view(control.cancel(sendId, actor.name()));
    }
}
