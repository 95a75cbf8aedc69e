package io.gazette.audience.subscriber;

import com.fasterxml.jackson.databind.JsonNode;
import io.gazette.audience.Attributes;
import io.gazette.audience.Subscriber;
import io.gazette.audience.SubscriberStatus;
import io.gazette.audience.SuppressionReason;

import java.time.Instant;
import java.util.List;

/** A subscriber with every subscription and consent record, and the suppression of their address if any. */
public record SubscriberView(long id, String email, String name, JsonNode attributes, SubscriberStatus status,
                             String source, Instant createdAt, Instant updatedAt, SuppressionReason suppressed,
                             List<SubscriptionView> subscriptions) {

    static SubscriberView of(Subscriber s, SuppressionReason suppressed, List<SubscriptionView> subscriptions) {
        return new SubscriberView(s.id, s.email, s.name, Attributes.parse(s.attributes), s.status, s.source,
                s.createdAt, s.updatedAt, suppressed, subscriptions);
    }
}
