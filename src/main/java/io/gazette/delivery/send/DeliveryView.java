package io.gazette.delivery.send;

import java.time.Instant;

/**
 * One recipient's outcome within a send. {@code uncertainAttempts}: attempts whose connection failed after the whole
 * message was handed over and before the server answered, so the server may have accepted them (each one may have
 * delivered a copy).
 */
public record DeliveryView(long id, long subscriberId, String email, DeliveryStatus status, int attempts,
                           int uncertainAttempts, Integer replyCode, String reply, Instant nextAttemptAt, Instant sentAt) {
}
