package io.gazette.delivery.send;

import io.gazette.audience.MailableRecipients;
import io.gazette.audience.MailingList;
import io.gazette.issue.Audiences;
import io.gazette.issue.Issue;
import io.gazette.issue.IssueService;
import io.gazette.issue.IssueStatus;
import io.gazette.render.RenderService;
import io.gazette.render.SendRendering;
import io.gazette.security.audit.AuditLog;
import io.gazette.shared.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Starts a send in one transaction: the issue becomes SENDING, its rendered content and theme are snapshot, and one
 * delivery row per recipient is written by a single {@code INSERT ... SELECT}. The issue's row lock makes the start
 * atomic: of several instances trying at once, one starts the send and the others see it is no longer due.
 */
@ApplicationScoped
@Transactional
public class SendStarter {

    private static final Logger LOG = Logger.getLogger(SendStarter.class);

    private static final String MATERIALISE = "INSERT INTO delivery (send_id, subscriber_id, list_id, email, name, attributes,"
            + " status, attempts, next_attempt_at, updated_at)"
            + " SELECT ?1, r.subscriber_id, r.list_id, r.email, r.name, r.attributes, 'QUEUED', 0, ?2, ?2"
            + " FROM (" + MailableRecipients.SEND_RECIPIENTS_SQL.replace("?", "?1") + ") r";

    private static final Set<IssueStatus> STARTABLE = EnumSet.of(IssueStatus.DRAFT, IssueStatus.SCHEDULED, IssueStatus.FAILED);

    private final EntityManager em;
    private final RenderService render;
    private final SnapshotCodec codec;
    private final SendControl control;
    private final AuditLog audit;
    private final Clock clock;
    private final MailableRecipients recipients;
    private final IssueService issues;
    private final Audiences audiences;

    SendStarter(EntityManager em, RenderService render, SnapshotCodec codec, SendControl control, AuditLog audit, Clock clock,
                MailableRecipients recipients, IssueService issues, Audiences audiences) {
        this.em = em;
        this.issues = issues;
        this.audiences = audiences;
        this.recipients = recipients;
        this.render = render;
        this.codec = codec;
        this.control = control;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts mailing a DRAFT, SCHEDULED or FAILED issue now, as an editor asked. */
    public SendJob startNow(long issueId, SendRequest request, String actor) {
        issues.requireInScope(issueId, "Issue", issueId);
        Issue issue = lock(issueId).orElseThrow(() -> ProblemException.notFound("Issue", issueId));
        if (!STARTABLE.contains(issue.status())) {
            throw ProblemException.conflict("Issue #" + issue.number + " is " + issue.status()
                    + "; only a draft, a scheduled issue or one whose scheduled send failed to start can be sent");
        }
        if (request != null && request.lists() != null) {
            issue.audience.clear();
            issue.audience.addAll(audiences.existing("lists", request.lists()));
        }
        return begin(issue, actor);
    }

    /**
     * Starts the send of a scheduled issue whose time has come; empty when it is no longer due (another instance
     * started it, or an editor moved or cancelled it meanwhile).
     */
    public Optional<SendJob> startIfDue(long issueId) {
        Instant now = clock.instant();
        return lock(issueId)
                .filter(issue -> issue.status() == IssueStatus.SCHEDULED && issue.scheduledAt != null && !issue.scheduledAt.isAfter(now))
                .map(issue -> begin(issue, "scheduler"));
    }

    /**
     * How many people a send of this issue would mail if it started now: the confirmation an editor reads before
     * "send now". The send itself counts again when it starts, since people join and leave meanwhile.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long audienceSize(long issueId) {
        Issue issue = issues.get(issueId);
        return recipients.countForLists(listsOf(issue));
    }

    /** The lists an issue goes to: those chosen for it, or else every list that feeds its newsletter. */
    private static Set<Long> listsOf(Issue issue) {
        return issue.audience.isEmpty() ? MailingList.feeding(issue.newsletter.id) : Set.copyOf(issue.audience);
    }

    private SendJob begin(Issue issue, String actor) {
        if (issue.items.isEmpty()) {
            throw ProblemException.invalid("items", "an issue needs at least one item before it can be sent");
        }
        Instant now = clock.instant();
        issue.transitionTo(IssueStatus.SENDING, now);
        Set<Long> lists = listsOf(issue);
        if (lists.isEmpty()) {
            throw ProblemException.conflict("Newsletter '" + issue.newsletter.slug + "' has no lists to send to; add a list first");
        }
        SendJob send = new SendJob();
        send.issueId = issue.id;
        send.snapshot = codec.write(snapshot(issue));
        send.startedBy = actor;
        send.startedAt = now;
        send.createdAt = now;
        send.updatedAt = now;
        send.persistAndFlush();
        for (Long list : lists) {
            em.createNativeQuery("INSERT INTO send_list (send_id, list_id) VALUES (?1, ?2)")
                    .setParameter(1, send.id).setParameter(2, list).executeUpdate();
        }
        send.recipients = em.createNativeQuery(MATERIALISE).setParameter(1, send.id).setParameter(2, now).executeUpdate();
        audit.record(actor, "send.started", AuditLog.target("send", send.id),
                "issue " + issue.id + " to lists " + lists + ", " + send.recipients + " recipients");
        LOG.infof("Send %d of issue %d started: %d recipients on lists %s", send.id, issue.id, send.recipients, lists);
        if (send.recipients == 0) {
            control.finish(send, issue, now);
        }
        return send;
    }

    /** Renders here as well, so a theme or content that cannot be rendered stops the start, not the workers. */
    private SendSnapshot snapshot(Issue issue) {
        SendRendering rendering = render.renderForSend(issue.id);
        return new SendSnapshot(rendering.content(), rendering.theme().source());
    }

    private Optional<Issue> lock(long issueId) {
        return Optional.ofNullable(em.find(Issue.class, issueId, LockModeType.PESSIMISTIC_WRITE));
    }
}
