package io.gazette.audience.subscriber;

import com.fasterxml.jackson.databind.JsonNode;
import io.gazette.audience.Attributes;
import io.gazette.audience.Subscriber;
import io.gazette.audience.SubscriberStatus;

import java.time.Instant;

/** A subscriber in search results. */
public record SubscriberSummary(long id, String email, String name, JsonNode attributes, SubscriberStatus status,
                                String source, Instant createdAt, Instant updatedAt) {

    static SubscriberSummary of(Subscriber s) {
        return new SubscriberSummary(s.id, s.email, s.name, Attributes.parse(s.attributes), s.status, s.source,
                s.createdAt, s.updatedAt);
    }
}
