package io.gazette.delivery.queue;

/**
 * A recipient a worker holds. {@code mailable} is false when they unsubscribed, were suppressed or blocklisted since
 * the send started: the claim has already marked such rows skipped, and the worker leaves them out.
 */
public record ClaimedDelivery(long id, long subscriberId, long listId, String email, String name, String attributes,
                              int attempts, boolean mailable) {
}
