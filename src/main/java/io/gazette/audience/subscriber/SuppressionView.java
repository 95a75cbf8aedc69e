package io.gazette.audience.subscriber;

import io.gazette.audience.Suppression;
import io.gazette.audience.SuppressionReason;

import java.time.Instant;

public record SuppressionView(String email, SuppressionReason reason, Instant createdAt) {

    static SuppressionView of(Suppression s) {
        return new SuppressionView(s.email, s.reason, s.createdAt);
    }
}
