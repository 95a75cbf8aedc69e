package io.gazette.delivery.queue;

import io.gazette.delivery.send.DeliveryStatus;

import java.time.Instant;

/**
 * What a worker writes back for one recipient after an attempt: the new status ({@code QUEUED} again to retry at
 * {@code nextAttemptAt}), the server's reply, the message id and time when it was accepted, and whether the attempt
 * was uncertain (the server may have accepted the message although no reply said so).
 */
public record DeliveryResult(long id, DeliveryStatus status, Instant nextAttemptAt, int replyCode, String reply,
                             String messageId, Instant sentAt, boolean uncertain) {

    /** A result that is known: the server's reply was read, or nothing was handed over. */
    public DeliveryResult(long id, DeliveryStatus status, Instant nextAttemptAt, int replyCode, String reply, String messageId,
                          Instant sentAt) {
        this(id, status, nextAttemptAt, replyCode, reply, messageId, sentAt, false);
    }
}
