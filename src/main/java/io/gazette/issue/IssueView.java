package io.gazette.issue;

import java.time.Instant;
import java.util.List;

/** An issue with its items in order. */
public record IssueView(Long id, Long newsletterId, int number, String title, String subject, String preheader,
                        String intro, String closing, String ctaLabel, String ctaUrl, IssueStatus status,
                        Instant scheduledAt, Instant sentAt, Instant createdAt, Instant updatedAt, long version,
                        List<Long> lists, List<ItemView> items) {

    public static IssueView of(Issue i) {
        return new IssueView(i.id, i.newsletter.id, i.number, i.title, i.subject, i.preheader, i.intro, i.closing,
                i.ctaLabel, i.ctaUrl, i.status(), i.scheduledAt, i.sentAt, i.createdAt, i.updatedAt, i.version,
                i.audience.stream().sorted().toList(), i.items.stream().map(ItemView::of).toList());
    }
}
