package io.gazette.mail;

import io.gazette.delivery.MailChannel;
import io.gazette.delivery.smtp.SmtpPool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Chooses once where mail goes: the SMTP pool when a host is configured, the outbox folder otherwise. Newsletter
 * workers ({@link MailChannel}) and single system mails ({@link MailTransport}) share that choice and its servers.
 */
@ApplicationScoped
public class MailTransports {

    private final MailConfig config;
    private final Clock clock;
    private volatile SmtpPool pool;
    private volatile OutboxTransport outbox;

    public MailTransports(MailConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Produces
    @Singleton
    MailChannel channel() {
        return smtp() ? pool() : new OutboxChannel(outbox());
    }

    @Produces
    @ApplicationScoped
    MailTransport transport() {
        return smtp() ? new SmtpTransport(pool()) : outbox();
    }

    void close(@Disposes MailTransport transport) throws Exception {
        if (transport instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    void closePool(@Disposes MailChannel channel) {
        if (channel instanceof SmtpPool smtpPool) {
            smtpPool.close();
        }
    }

    private boolean smtp() {
        return config.host().isPresent();
    }

    private synchronized SmtpPool pool() {
        if (pool == null) {
            pool = new SmtpPool(MailServers.from(config));
        }
        return pool;
    }

    private synchronized OutboxTransport outbox() {
        if (outbox == null) {
            outbox = new OutboxTransport(config.outboxDir(), clock);
        }
        return outbox;
    }
}
