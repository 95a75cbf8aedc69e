package io.gazette.delivery.queue;

import io.gazette.delivery.send.DeliveryStatus;

import java.time.Instant;

/**
 * What a worker writes back for one recipient after an attempt: the new status ({@code QUEUED} again to retry at
 * {@code nextAttemptAt}), the server's reply, and the message id and time when it was accepted.
 */
public record DeliveryResult(long id, DeliveryStatus status, Instant nextAttemptAt, int replyCode, String reply,
                             String messageId, Instant sentAt) {
}
