package io.gazette.render.mime;

import io.gazette.render.model.IssueContent;
import io.gazette.render.model.NewsletterContent;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * The headers every copy of an issue shares, checked and encoded once per send: Subject (RFC 2047), From with
 * display name, Reply-To, and List-Id (RFC 2919, {@code Name <slug.sender-domain>}).
 */
public record IssueHeaders(long issueId, String subject, String from, String replyTo, String listId, String domain) {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    public static IssueHeaders of(IssueContent issue) {
        NewsletterContent newsletter = issue.newsletter();
        String subject = HeaderValues.singleLine("subject", issue.effectiveSubject());
        HeaderValues.singleLine("name", newsletter.name());
        HeaderValues.singleLine("slug", newsletter.slug());
        HeaderValues.singleLine("senderName", newsletter.senderName());
        InternetAddress from = HeaderValues.address("senderAddress", newsletter.senderAddress(), newsletter.senderName());
        String domain = HeaderValues.domainOf(from);
        String replyTo = newsletter.replyTo() == null ? null
                : HeaderValues.address("replyTo", newsletter.replyTo(), null).toString();
        try {
            String listId = new InternetAddress(newsletter.slug() + "." + domain, newsletter.name(), UTF_8).toString();
            return new IssueHeaders(issue.issueId(), MimeUtility.fold(9, MimeUtility.encodeText(subject, UTF_8, null)),
                    from.toString(), replyTo, listId, domain);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
