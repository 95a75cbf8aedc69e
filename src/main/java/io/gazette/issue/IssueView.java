package io.gazette.issue;

import java.time.Instant;
import java.util.List;

/**
 * An issue with its items in order. {@code startError}: why the last try to start its scheduled send failed (set
 * while such tries fail, and on a FAILED issue), with {@code startAttempts} the failed tries so far; both clear when
 * the issue is scheduled again, sent or taken back to a draft. {@code updatedBy}: who last saved the issue's own fields
 * (title to call to action; item changes do not count), null for issues saved before it was recorded.
 */
public record IssueView(Long id, Long newsletterId, int number, String title, String subject, String preheader,
                        String intro, String closing, String ctaLabel, String ctaUrl, IssueStatus status,
                        Instant scheduledAt, Instant sentAt, Instant createdAt, Instant updatedAt, String updatedBy, long version,
                        String startError, int startAttempts, List<Long> lists, List<ItemView> items) {

    public static IssueView of(Issue i) {
        return new IssueView(i.id, i.newsletter.id, i.number, i.title, i.subject, i.preheader, i.intro, i.closing,
                i.ctaLabel, i.ctaUrl, i.status(), i.scheduledAt, i.sentAt, i.createdAt, i.updatedAt, i.updatedBy, i.version,
                i.startError, i.startAttempts, i.audience.stream().sorted().toList(), i.items.stream().map(ItemView::of).toList());
    }
}
