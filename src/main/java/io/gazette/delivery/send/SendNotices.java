package io.gazette.delivery.send;

import io.gazette.issue.Issue;
import io.gazette.mail.MailConfig;
import io.gazette.mail.MailMessages;
import io.gazette.mail.MailTransport;
import io.gazette.newsletter.EditorGrants;
import io.gazette.security.Roles;
import io.gazette.security.account.AppUser;
import io.gazette.shared.web.PublicUrlConfig;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jsoup.nodes.Entities;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Tells the admins and the editors of the issue's newsletter by mail, once the change is committed, that a send paused
 * itself or that a scheduled issue could not start, and why; editors of other newsletters hear nothing of it. The mail server at fault may refuse these notices too: the reason is also in the
 * API (the send's pause reason, the issue's start error), the audit log and the application log.
 */
@ApplicationScoped
public class SendNotices {

    private static final Logger LOG = Logger.getLogger(SendNotices.class);

    private final MailTransport transport;
    private final MailConfig mail;
    private final PublicUrlConfig publicUrl;
    private final Clock clock;
    private final EditorGrants grants;

    public SendNotices(MailTransport transport, MailConfig mail, PublicUrlConfig publicUrl, Clock clock, EditorGrants grants) {
        this.transport = transport;
        this.grants = grants;
        this.mail = mail;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onPaused(@Observes(during = TransactionPhase.AFTER_SUCCESS) SendPaused paused) {
        tellEditors(paused.issueId(), "Send " + paused.sendId() + " paused itself",
                "The send of issue " + paused.issueId() + " stopped by itself:\n\n" + paused.reason()
                        + "\n\nResume it once the cause is fixed: POST " + publicUrl.url() + "/api/sends/" + paused.sendId()
                        + "/resume\n");
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onStartFailed(@Observes(during = TransactionPhase.AFTER_SUCCESS) IssueStartFailed failed) {
        String issue = publicUrl.url() + "/api/issues/" + failed.issueId();
        tellEditors(failed.issueId(), "Issue #" + failed.number() + " of " + failed.newsletter() + " could not be sent",
                "Issue #" + failed.number() + " of " + failed.newsletter() + " was due at " + failed.dueAt()
                        + ", but its send could not start (" + failed.attempts() + " tries):\n\n" + failed.reason()
                        + "\n\nNothing was mailed. The issue is now FAILED; fix the cause, then schedule it again"
                        + " (POST " + issue + "/status with {\"status\":\"SCHEDULED\"}) or send it now (POST " + issue + "/send).\n");
    }

    private void tellEditors(long issueId, String subject, String text) {
        Issue issue = Issue.findById(issueId);
        Set<Long> granted = issue == null ? Set.of() : grants.editorsOf(issue.newsletter.id);
        List<AppUser> editors = AppUser.<AppUser>list("enabled = true and role in ?1", Sort.by("id"),
                        List.of(Roles.ADMIN, Roles.EDITOR)).stream()
                .filter(user -> Roles.ADMIN.equals(user.role) || granted.contains(user.id))
                .toList();
        for (AppUser editor : editors) {
            try {
                transport.send(MailMessages.alternative(MailMessages.address(mail.fromAddress(), mail.fromName()),
                        MailMessages.address(editor.email, editor.displayName), subject, text,
                        "<pre>" + Entities.escape(text) + "</pre>", clock.instant()));
            } catch (RuntimeException e) {
                LOG.warnf("Could not tell %s \"%s\": %s", editor.email, subject, e.getMessage());
            }
        }
    }
}
