package io.gazette.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.UUID;

/**
 * Writes each message as an {@code .eml} file (open it with any mail client) instead of sending it. The default when
 * no SMTP host is configured, so a fresh checkout works without a mail server and nobody is mailed by accident.
 */
public class OutboxTransport implements MailTransport {

    private static final Logger LOG = Logger.getLogger(OutboxTransport.class);

    private final Path folder;
    private final Clock clock;

    public OutboxTransport(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
        LOG.infof("No SMTP host configured (gazette.mail.host): mail is written to %s", folder.toAbsolutePath());
    }

    @Override
    public void send(MimeMessage message) {
        write(message);
    }

    /** Writes the message into a new file of the outbox; returns the file's name. */
    public String write(MimeMessage message) {
        Path file = folder.resolve(clock.millis() + "-" + UUID.randomUUID() + ".eml");
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                message.writeTo(out);
            }
            return file.getFileName().toString();
        } catch (IOException | MessagingException e) {
            throw new MailException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return folder;
    }
}
