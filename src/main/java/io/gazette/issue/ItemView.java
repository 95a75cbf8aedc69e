package io.gazette.issue;

import java.time.Instant;

public record ItemView(Long id, Long issueId, int position, String headline, String body, String sourceUrl,
                       String sourceName, String tag, String imageUrl, Instant createdAt, Instant updatedAt, String updatedBy,
                       long version) {

    public static ItemView of(Item i) {
        return new ItemView(i.id, i.issue.id, i.position, i.headline, i.body, i.sourceUrl, i.sourceName, i.tag,
                i.imageUrl, i.createdAt, i.updatedAt, i.updatedBy, i.version);
    }
}
