package io.gazette.render;

import io.gazette.issue.Issue;
import io.gazette.issue.Item;
import io.gazette.newsletter.Newsletter;
import io.gazette.render.model.IssueContent;
import io.gazette.render.model.ItemContent;
import io.gazette.render.model.NewsletterContent;

import java.time.Instant;

/** Copies an issue out of its entities (inside the caller's transaction) into the renderer's detached model. */
public final class IssueContents {

    private IssueContents() {
    }

    /** The issue is dated by when it was sent, else when it is due, else {@code now} (a draft being previewed). */
    public static IssueContent of(Issue issue, Instant now) {
        Instant date = issue.sentAt != null ? issue.sentAt : issue.scheduledAt != null ? issue.scheduledAt : now;
        return new IssueContent(newsletter(issue.newsletter), issue.id, issue.number, issue.title, issue.subject,
                issue.preheader, issue.intro, issue.closing, issue.ctaLabel, issue.ctaUrl, date,
                issue.items.stream().map(IssueContents::item).toList());
    }

    public static NewsletterContent newsletter(Newsletter n) {
        return new NewsletterContent(n.slug, n.name, n.tagline, n.senderName, n.senderAddress, n.replyTo,
                n.postalAddress, n.zone(), n.theme);
    }

    private static ItemContent item(Item item) {
        return new ItemContent(item.position, item.headline, item.body, item.sourceUrl, item.sourceName, item.tag,
                item.imageUrl);
    }
}
