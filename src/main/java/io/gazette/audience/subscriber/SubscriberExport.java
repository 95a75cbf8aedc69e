package io.gazette.audience.subscriber;

import java.time.Instant;

/** Everything Gazette holds about one person, for a data access request (GDPR article 15). */
public record SubscriberExport(Instant exportedAt, SubscriberView subscriber) {
}
