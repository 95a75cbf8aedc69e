package io.gazette.render.mime;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;

/**
 * Puts one recipient's message together with Jakarta Mail: multipart/alternative with the text part first and the
 * HTML part second (clients show the last part they can), both UTF-8 and quoted-printable, plus the list headers
 * bulk senders must carry (RFC 2919 List-Id, RFC 2369 List-Unsubscribe with https and mailto forms, RFC 8058
 * one-click).
 */
public final class MimeAssembler {

    /** RFC 5322 date in UTC, the same on every machine whatever its default time zone. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // Jakarta Mail 2.1 looks its StreamProvider up through ServiceLoader for every part, header and stream it
        // creates, scanning the class path each time; naming the provider skips the scan (several times faster).
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, org.eclipse.angus.mail.util.MailStreamProvider.class.getName());
        }
    }

    private final Session session;

    public MimeAssembler() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.charset", "UTF-8");
        this.session = Session.getInstance(properties);
    }

    /** What differs per recipient; the rest comes from {@link IssueHeaders}. */
    public record Envelope(InternetAddress to, String messageId, Instant date, String unsubscribeUrl,
                           String unsubscribeMailto) {
    }

    /** {@code text} and {@code html} are the bodies already quoted-printable encoded (see {@link SharedLines}). */
    public MimeMessage assemble(IssueHeaders issue, Envelope envelope, byte[] text, byte[] html) {
        try {
            MimeMessage message = new FixedIdMimeMessage(session, envelope.messageId());
            message.setHeader("From", issue.from());
            message.setRecipient(Message.RecipientType.TO, envelope.to());
            if (issue.replyTo() != null) {
                message.setHeader("Reply-To", issue.replyTo());
            }
            message.setHeader("Subject", issue.subject());
            message.setHeader("Date", DATE.format(envelope.date().atOffset(ZoneOffset.UTC)));
            message.setHeader("List-Id", issue.listId());
            message.setHeader("List-Unsubscribe", MimeUtility.fold(18,
                    "<" + envelope.unsubscribeUrl() + ">, <" + envelope.unsubscribeMailto() + ">"));
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(part("text/plain; charset=UTF-8", text));
            alternative.addBodyPart(part("text/html; charset=UTF-8", html));
            message.setContent(alternative);
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not assemble message " + envelope.messageId(), e);
        }
    }

    /** A body part whose content is already quoted-printable, so Jakarta Mail writes it out as it is. */
    private static MimeBodyPart part(String contentType, byte[] encodedBody) throws MessagingException {
        InternetHeaders headers = new InternetHeaders();
        headers.setHeader("Content-Type", contentType);
        headers.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return new MimeBodyPart(headers, encodedBody);
    }

    /** Keeps the Message-ID we chose; the default one would look up the local host name on every save. */
    private static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
