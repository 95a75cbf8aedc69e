package io.gazette.audience.signup;

import io.gazette.audience.AudienceConfig;
import io.gazette.mail.MailMessages;
import io.gazette.mail.MailTransport;
import io.gazette.shared.web.SubscriberLinks;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.internet.MimeMessage;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends confirmation requests once the sign-up has committed, on a thread of its own: the visitor's answer must
 * not wait for SMTP, nor take longer for addresses that get mail than for those that do not.
 */
@ApplicationScoped
public class ConfirmationMailer {

    private static final Logger LOG = Logger.getLogger(ConfirmationMailer.class);

    private final MailTransport transport;
    private final SubscriberLinks links;
    private final AudienceConfig config;
    private final Clock clock;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> new Thread(r, "confirmation-mail"));

    public ConfirmationMailer(MailTransport transport, SubscriberLinks links, AudienceConfig config, Clock clock) {
        this.transport = transport;
        this.links = links;
        this.config = config;
        this.clock = clock;
    }

    void onSignup(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfirmationRequested request) {
        sender.execute(() -> send(request));
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }

    private void send(ConfirmationRequested request) {
        try {
            transport.send(message(request));
        } catch (RuntimeException e) {
            LOG.warnf("Confirmation mail for subscriber %d on list %d not sent: %s", request.subscriberId(),
                    request.listId(), e.getMessage());
        }
    }

    MimeMessage message(ConfirmationRequested request) {
        Instant now = clock.instant();
        Duration validity = config.confirmLinkValidity();
        String url = links.confirmUrl(request.subscriberId(), request.listId(), now.plus(validity));
        String validFor = validity.toHours() >= 48 ? validity.toDays() + " days" : validity.toHours() + " hours";
        return MailMessages.alternative(
                MailMessages.address(request.fromAddress(), request.fromName()),
                MailMessages.address(request.email(), request.name()),
                "Please confirm your subscription to " + request.listName(),
                ConfirmationMail.text(request.name(), request.listName(), url, validFor).render(),
                ConfirmationMail.html(request.name(), request.listName(), url, validFor).render(),
                now);
    }
}
