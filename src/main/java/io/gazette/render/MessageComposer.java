package io.gazette.render;

import io.gazette.render.mime.HeaderValues;
import io.gazette.render.mime.MimeAssembler;
import io.gazette.shared.web.SubscriberLinks;
import jakarta.mail.internet.InternetAddress;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The per-recipient half of rendering: signed links, the filled-in templates and the MIME message. Cheap by design:
 * everything that is the same for all recipients was done once in {@link RenderedIssue}. Thread-safe.
 */
public final class MessageComposer {

    /** Room for the headers and MIME boundaries around the two bodies. */
    private static final int HEADER_ROOM = 4096;

    private final Clock clock;
    private final SubscriberLinks subscriberLinks;
    private final String unsubscribeMailbox;
    private final MimeAssembler mime = new MimeAssembler();

    public MessageComposer(Clock clock, SubscriberLinks subscriberLinks, String unsubscribeMailbox) {
        this.clock = clock;
        this.subscriberLinks = subscriberLinks;
        this.unsubscribeMailbox = unsubscribeMailbox;
    }

    /** The recipient's HTML and text, as a preview shows them. */
    public PersonalisedContent personalise(RenderedIssue issue, Recipient recipient) {
        return issue.personalise(recipient, links(issue, recipient));
    }

    public ComposedMessage compose(RenderedIssue issue, Recipient recipient) {
        HeaderValues.singleLine("recipient.name", recipient.name());
        InternetAddress to = HeaderValues.address("recipient.email", recipient.email(), recipient.name());
        LinksModel links = links(issue, recipient);
        PersonalisedContent content = issue.personalise(recipient, links);
        String domain = issue.headers().domain();
        String messageId = "<gazette." + issue.headers().issueId() + "." + recipient.subscriberId() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + "@" + domain + ">";
        String mailto = "mailto:" + unsubscribeMailbox + "@" + domain + "?subject=unsubscribe%20" + lastSegment(links.unsubscribe());
        MimeAssembler.Envelope envelope = new MimeAssembler.Envelope(to, messageId, clock.instant(),
                links.unsubscribe(), mailto);
        byte[] text = issue.encodedText(content);
        byte[] html = issue.encodedHtml(content);
        return new ComposedMessage(messageId, mime.assemble(issue.headers(), envelope, text, html),
                text.length + html.length + HEADER_ROOM);
    }

    /** The signed token at the end of the unsubscribe URL: the mailbox that takes mailto requests verifies the same token. */
    private static String lastSegment(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private LinksModel links(RenderedIssue issue, Recipient recipient) {
        return new LinksModel(subscriberLinks.unsubscribeUrl(recipient.subscriberId(), recipient.listId()),
                subscriberLinks.preferencesUrl(recipient.subscriberId()), issue.issue().webUrl());
    }
}
