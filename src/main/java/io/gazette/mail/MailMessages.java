package io.gazette.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

/**
 * Builds well-formed messages: UTF-8 throughout, RFC 2047 encoded display names and subjects, and a Message-ID in
 * the sender's domain (the default would look up the local host name, slowly and often wrongly).
 */
public final class MailMessages {

    private static final Session COMPOSING = Session.getInstance(new Properties());
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private MailMessages() {
    }

    /** An address with an optional display name, encoded for headers when it is not plain ASCII. */
    public static InternetAddress address(String email, String displayName) {
        try {
            InternetAddress address = new InternetAddress(email, true);
            if (displayName != null && !displayName.isBlank()) {
                address.setPersonal(displayName.strip(), UTF_8);
            }
            return address;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("Not a usable address: " + e.getMessage(), e);
        }
    }

    /** A multipart/alternative message: the plain-text part first, the HTML part (preferred by most readers) last. */
    public static MimeMessage alternative(InternetAddress from, InternetAddress to, String subject, String text,
                                          String html, Instant sentAt) {
        try {
            MimeMessage message = new DomainMessage(domainOf(from.getAddress()));
            message.setFrom(from);
            message.setRecipient(MimeMessage.RecipientType.TO, to);
            message.setSubject(subject, UTF_8);
            message.setSentDate(Date.from(sentAt));
            MimeBodyPart textPart = new MimeBodyPart();
            textPart.setText(text, UTF_8, "plain");
            MimeBodyPart htmlPart = new MimeBodyPart();
            htmlPart.setText(html, UTF_8, "html");
            message.setContent(new MimeMultipart("alternative", textPart, htmlPart));
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new IllegalArgumentException("Could not build the message: " + e.getMessage(), e);
        }
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 || at == address.length() - 1 ? "localhost" : address.substring(at + 1);
    }

    private static final class DomainMessage extends MimeMessage {
        private final String domain;

        DomainMessage(String domain) {
            super(COMPOSING);
            this.domain = domain;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (getHeader("Message-ID") == null) {
                setHeader("Message-ID", "<" + UUID.randomUUID() + "@" + domain + ">");
            }
        }
    }
}
