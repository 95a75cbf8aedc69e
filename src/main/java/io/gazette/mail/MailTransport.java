package io.gazette.mail;

import jakarta.mail.internet.MimeMessage;

/** Hands a finished message to whatever carries it: an SMTP server, or the outbox folder in a zero-setup run. */
public interface MailTransport {

    /**
     * Sends {@code message} to all its recipients; the envelope recipients are the message's To, Cc and Bcc.
     *
     * @throws MailException when the message could not be handed over
     */
    void send(MimeMessage message);
}
