package io.gazette.issue;

import java.time.Instant;

/** An issue as it appears in lists: without item bodies; {@code startError} as in {@link IssueView}. */
public record IssueSummary(Long id, Long newsletterId, int number, String title, IssueStatus status,
                           Instant scheduledAt, Instant sentAt, Instant updatedAt, int itemCount, long version,
                           String startError) {

    public static IssueSummary of(Issue i) {
        return new IssueSummary(i.id, i.newsletter.id, i.number, i.title, i.status(), i.scheduledAt, i.sentAt,
                i.updatedAt, i.items.size(), i.version, i.startError);
    }
}
