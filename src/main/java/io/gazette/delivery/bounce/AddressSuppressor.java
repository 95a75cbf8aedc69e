package io.gazette.delivery.bounce;

/**
 * Stops all mail to an address. Called inside the transaction that records the bounce, so an implementation that
 * writes to the database commits or rolls back with it.
 */
public interface AddressSuppressor {

    /** Suppresses {@code email} (lower-cased) because of a bounce of this kind; must be idempotent. */
    void suppress(String email, BounceKind kind, String reason);
}
