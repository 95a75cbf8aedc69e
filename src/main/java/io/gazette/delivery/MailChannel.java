package io.gazette.delivery;

/**
 * Where a send's messages go: the SMTP pool, or the outbox folder when no SMTP host is configured. Each worker thread
 * opens its own session and keeps it for as long as it sends.
 */
public interface MailChannel {

    ChannelSession openSession();

    /** For logs and the API: {@code smtp 10.0.0.5:587, 10.0.0.6:587} or {@code outbox /srv/gazette/outbox}. */
    String describe();
}
