package io.gazette.render.model;

import java.time.Instant;
import java.util.List;

/**
 * An issue in memory, as the renderer takes it: no entity, no session, so rendering can run anywhere (a send, a
 * preview, the benchmark). {@code date} is the moment the issue is dated by: when it was sent, or is due, or now.
 * {@code intro} and {@code closing} are Markdown.
 */
public record IssueContent(NewsletterContent newsletter, long issueId, int number, String title, String subject,
                           String preheader, String intro, String closing, String ctaLabel, String ctaUrl,
                           Instant date, List<ItemContent> items) {

    public IssueContent {
        items = List.copyOf(items);
    }

    /** The same issue under another subject line, e.g. marked as a test. */
    public IssueContent withSubject(String newSubject) {
        return new IssueContent(newsletter, issueId, number, title, newSubject, preheader, intro, closing, ctaLabel, ctaUrl,
                date, items);
    }

    /** The subject line; the title stands in when no subject was written. */
    public String effectiveSubject() {
        return subject == null || subject.isBlank() ? title : subject;
    }
}
