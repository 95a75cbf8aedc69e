package io.gazette.render;

import io.gazette.render.model.IssueContent;
import io.gazette.render.model.NewsletterContent;
import io.gazette.shared.web.SubscriberLinks.Membership;
import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parses a produced .eml with Jakarta Mail and checks its structure and every header bulk senders must carry. */
class MimeMessageTest {

    private static final Pattern LIST_UNSUBSCRIBE = Pattern.compile(
            "<(https://news\\.example\\.org/unsubscribe/([A-Za-z0-9_.-]+))>, <(mailto:unsubscribe@tidewater\\.example\\?subject=unsubscribe%20([A-Za-z0-9_.-]+))>");

    private final RenderKit kit = new RenderKit();
    private final IssueContent issue = withNonAsciiNames(RenderKit.issue(10));
    private final Recipient reader = new Recipient(7, 3, "zoe@example.org", "Zoë Ångström", java.util.Map.of());
    private final ComposedMessage composed = kit.composer.compose(kit.render(issue), reader);
    private final byte[] eml = composed.bytes();
    private final MimeMessage parsed = parse(eml);

    @Test
    void isMultipartAlternativeWithTextThenHtmlInUtf8QuotedPrintable() throws Exception {
        assertTrue(parsed.isMimeType("multipart/alternative"));
        assertEquals("1.0", parsed.getHeader("MIME-Version", null));
        MimeMultipart alternative = (MimeMultipart) parsed.getContent();
        assertEquals(2, alternative.getCount());
        PersonalisedContent expected = kit.composer.personalise(kit.render(issue), reader);
        assertPart(alternative.getBodyPart(0), "text/plain", expected.text());
        assertPart(alternative.getBodyPart(1), "text/html", expected.html());
    }

    @Test
    void rawLinesStayWithinMimeLimits() {
        String raw = new String(eml, StandardCharsets.US_ASCII);
        assertTrue(raw.chars().allMatch(c -> c < 128), "8-bit free: everything non-ASCII is encoded");
        for (String line : raw.split("\r\n")) {
            assertTrue(line.length() <= 998, "RFC 5322 line limit");
        }
        String body = raw.substring(raw.indexOf("\r\n\r\n"));
        for (String line : body.split("\r\n")) {
            assertTrue(line.length() <= 76, "quoted-printable line over 76 characters: " + line);
            assertTrue(line.isEmpty() || !Character.isWhitespace(line.charAt(line.length() - 1)), "trailing blank: " + line);
        }
        assertTrue(!raw.contains("\n") || raw.replace("\r\n", "").indexOf('\n') < 0, "line ends are CRLF");
    }

    @Test
    void subjectAndDisplayNamesAreEncodedPerRfc2047() throws Exception {
        assertEquals("Tidewater Café #12: harbour chips", parsed.getSubject());
        assertTrue(parsed.getHeader("Subject", null).startsWith("=?UTF-8?"), parsed.getHeader("Subject", null));
        InternetAddress from = (InternetAddress) parsed.getFrom()[0];
        assertEquals("Tidewater Café", from.getPersonal());
        assertEquals("digest@tidewater.example", from.getAddress());
        assertTrue(parsed.getHeader("From", null).startsWith("=?UTF-8?"));
        InternetAddress to = (InternetAddress) parsed.getRecipients(jakarta.mail.Message.RecipientType.TO)[0];
        assertEquals("Zoë Ångström", to.getPersonal());
        assertEquals("zoe@example.org", to.getAddress());
    }

    @Test
    void dateComesFromTheClockAndMessageIdFromTheSenderDomain() throws Exception {
        assertEquals(Date.from(RenderKit.NOW), parsed.getSentDate());
        assertEquals("Thu, 12 Mar 2026 08:00:00 +0000", parsed.getHeader("Date", null));
        assertTrue(parsed.getMessageID().matches("<gazette\\.42\\.7\\.[0-9a-z]+@tidewater\\.example>"), parsed.getMessageID());
        assertEquals(composed.messageId(), parsed.getMessageID());
        assertNotEquals(parsed.getMessageID(), kit.composer.compose(kit.render(issue), reader).messageId(), "unique per message");
    }

    @Test
    void replyToAndListIdNameTheNewsletter() throws Exception {
        assertEquals("editors@tidewater.example", ((InternetAddress) parsed.getReplyTo()[0]).getAddress());
        String listId = MimeUtility.decodeText(MimeUtility.unfold(parsed.getHeader("List-Id", null)));
        assertEquals("Tidewater Café <tidewater-weekly.tidewater.example>", listId);
    }

    @Test
    void listUnsubscribeOffersSignedHttpsAndMailtoAndOneClick() {
        Matcher links = LIST_UNSUBSCRIBE.matcher(MimeUtility.unfold(header("List-Unsubscribe")));
        assertTrue(links.matches(), header("List-Unsubscribe"));
        assertEquals(links.group(2), links.group(4), "both forms carry the same signed token");
        assertEquals(Optional.of(new Membership(7, 3)), kit.links.readUnsubscribe(links.group(2)));
        assertEquals("List-Unsubscribe=One-Click", header("List-Unsubscribe-Post"));
    }

    @Test
    void everyHeaderAppearsOnce() throws Exception {
        for (String name : List.of("From", "To", "Reply-To", "Subject", "Date", "Message-ID", "MIME-Version", "List-Id",
                "List-Unsubscribe", "List-Unsubscribe-Post", "Content-Type")) {
            String[] values = parsed.getHeader(name);
            assertTrue(values != null && values.length == 1, name + " appears exactly once");
        }
    }

    private String header(String name) {
        try {
            return parsed.getHeader(name, null);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void assertPart(BodyPart part, String type, String expectedContent) throws Exception {
        assertTrue(part.isMimeType(type), part.getContentType());
        assertEquals("UTF-8", new jakarta.mail.internet.ContentType(part.getContentType()).getParameter("charset"));
        assertEquals("quoted-printable", part.getHeader("Content-Transfer-Encoding")[0]);
        assertEquals(expectedContent.replace("\r\n", "\n"), ((String) part.getContent()).replace("\r\n", "\n"));
    }

    private static IssueContent withNonAsciiNames(IssueContent issue) {
        NewsletterContent n = issue.newsletter();
        NewsletterContent renamed = new NewsletterContent(n.slug(), "Tidewater Café", n.tagline(), "Tidewater Café",
                n.senderAddress(), n.replyTo(), n.postalAddress(), n.zone(), n.theme());
        return new IssueContent(renamed, issue.issueId(), issue.number(), issue.title(), "Tidewater Café #12: harbour chips",
                issue.preheader(), issue.intro(), issue.closing(), issue.ctaLabel(), issue.ctaUrl(), issue.date(),
                issue.items());
    }

    private static MimeMessage parse(byte[] eml) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
        } catch (Exception e) {
            throw new AssertionError("the message does not parse", e);
        }
    }
}
