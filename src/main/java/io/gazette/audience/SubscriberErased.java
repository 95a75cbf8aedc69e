package io.gazette.audience;

/**
 * Fired inside the erasing transaction after a subscriber's rows are gone, so other features (delivery logs,
 * statistics) delete or anonymise what they hold about the same person in the same transaction.
 */
public record SubscriberErased(long subscriberId, String email) {
}
