package io.gazette.mail;

import io.gazette.delivery.ChannelSession;
import io.gazette.delivery.MailChannel;
import io.gazette.delivery.OutcomeKind;
import io.gazette.delivery.SendOutcome;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;

/** Newsletter sends in a zero-setup run: every message becomes an {@code .eml} file, and counts as sent. */
public final class OutboxChannel implements MailChannel {

    private final OutboxTransport outbox;

    public OutboxChannel(OutboxTransport outbox) {
        this.outbox = outbox;
    }

    @Override
    public ChannelSession openSession() {
        return new ChannelSession() {
            @Override
            public SendOutcome send(String recipient, MimeMessage message) {
                long started = System.nanoTime();
                try {
                    String file = outbox.write(message);
                    return new SendOutcome(OutcomeKind.SENT, 250, null, "250 written to " + file, describe(),
                            Duration.ofNanos(System.nanoTime() - started));
                } catch (MailException e) {
                    return new SendOutcome(OutcomeKind.TEMPORARY, 0, null, e.getMessage(), describe(),
                            Duration.ofNanos(System.nanoTime() - started));
                }
            }

            @Override
            public void close() {
                // Nothing is held open between files.
            }
        };
    }

    @Override
    public String describe() {
        return "outbox " + outbox.folder().toAbsolutePath();
    }
}
