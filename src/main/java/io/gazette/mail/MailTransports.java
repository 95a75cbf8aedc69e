package io.gazette.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** Chooses the transport once: SMTP when a host is configured, the outbox folder otherwise. */
@ApplicationScoped
public class MailTransports {

    @Produces
    @ApplicationScoped
    MailTransport transport(MailConfig config, Clock clock) {
        return config.host().isPresent() ? new SmtpTransport(config) : new OutboxTransport(config.outboxDir(), clock);
    }

    void close(@Disposes MailTransport transport) throws Exception {
        if (transport instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
