package io.gazette.delivery;

import jakarta.mail.internet.MimeMessage;

/** One worker's way of handing over messages, one recipient each. Not thread-safe. */
public interface ChannelSession extends AutoCloseable {

    /** Sends {@code message} to {@code recipient} only. Never throws for delivery problems: the outcome says what happened. */
    SendOutcome send(String recipient, MimeMessage message);

    @Override
    void close();
}
