package io.gazette.delivery.bounce;

import java.time.Instant;
import java.util.Objects;

/**
 * One bounce or complaint for one address, whoever reported it.
 *
 * @param email      the address, as reported
 * @param kind       hard, soft or complaint
 * @param reason     the reporter's explanation (SMTP diagnostic, provider type), or null
 * @param occurredAt when it happened according to the reporter
 * @param source     who reported it
 */
public record BounceEvent(String email, BounceKind kind, String reason, Instant occurredAt, BounceSource source) {

    public BounceEvent {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(source, "source");
    }
}
