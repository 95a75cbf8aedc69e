package io.gazette.delivery.send;

import io.gazette.mail.MailConfig;
import io.gazette.mail.MailMessages;
import io.gazette.mail.MailTransport;
import io.gazette.security.Roles;
import io.gazette.security.account.AppUser;
import io.gazette.shared.web.PublicUrlConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jsoup.nodes.Entities;

import java.time.Clock;
import java.util.List;

/**
 * Tells the editors and admins by mail that a send paused itself, and why, once the pause is committed. The mail
 * server that made the send pause may refuse this notice too: the pause is also in the send's API view, the audit
 * log and the application log.
 */
@ApplicationScoped
public class PauseNotice {

    private static final Logger LOG = Logger.getLogger(PauseNotice.class);

    private final MailTransport transport;
    private final MailConfig mail;
    private final PublicUrlConfig publicUrl;
    private final Clock clock;

    public PauseNotice(MailTransport transport, MailConfig mail, PublicUrlConfig publicUrl, Clock clock) {
        this.transport = transport;
        this.mail = mail;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onPaused(@Observes(during = TransactionPhase.AFTER_SUCCESS) SendPaused paused) {
        List<AppUser> editors = AppUser.list("enabled = true and role in ?1", List.of(Roles.ADMIN, Roles.EDITOR));
        String subject = "Send " + paused.sendId() + " paused itself";
        String text = "The send of issue " + paused.issueId() + " stopped because the mail server kept refusing it:\n\n"
                + paused.reason() + "\n\nResume it once the server is fixed: POST " + publicUrl.url() + "/api/sends/"
                + paused.sendId() + "/resume\n";
        for (AppUser editor : editors) {
            try {
                transport.send(MailMessages.alternative(MailMessages.address(mail.fromAddress(), mail.fromName()),
                        MailMessages.address(editor.email, editor.displayName), subject, text,
                        "<pre>" + Entities.escape(text) + "</pre>", clock.instant()));
            } catch (RuntimeException e) {
                LOG.warnf("Could not tell %s that send %d paused: %s", editor.email, paused.sendId(), e.getMessage());
            }
        }
    }
}
