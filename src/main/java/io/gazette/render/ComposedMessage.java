package io.gazette.render;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** One recipient's finished message, ready for an SMTP transport or as bytes (an .eml file). */
public record ComposedMessage(String messageId, MimeMessage message) {

    public byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not write message " + messageId, e);
        }
    }
}
