package io.gazette.delivery.send;

import java.time.Instant;

/** One recipient's outcome within a send. */
public record DeliveryView(long id, long subscriberId, String email, DeliveryStatus status, int attempts,
                           Integer replyCode, String reply, Instant nextAttemptAt, Instant sentAt) {
}
