package io.gazette.render;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One recipient's finished message, ready for an SMTP transport or as bytes (an .eml file). {@code sizeHint} is
 * about the size of those bytes, so writing them does not grow a buffer again and again.
 */
public record ComposedMessage(String messageId, MimeMessage message, int sizeHint) {

    public byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(sizeHint);
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not write message " + messageId, e);
        }
    }
}
