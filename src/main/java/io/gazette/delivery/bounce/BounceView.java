package io.gazette.delivery.bounce;

import java.time.Instant;

/** A recorded bounce event, detached from the persistence context. */
public record BounceView(long id, String email, BounceKind kind, String reason, BounceSource source, Instant occurredAt,
                         Instant receivedAt, boolean suppressed) {

    static BounceView of(RecordedBounce row) {
        return new BounceView(row.id, row.email, row.kind, row.reason, row.source, row.occurredAt, row.receivedAt, row.suppressed);
    }
}
