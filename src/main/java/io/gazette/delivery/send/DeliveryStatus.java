package io.gazette.delivery.send;

/** What became of one recipient of a send. */
public enum DeliveryStatus {
    /** Waiting for a worker; after a temporary failure, waiting for its next attempt. */
    QUEUED,
    /** Held by a worker until its lease runs out. */
    CLAIMED,
    /** Accepted by the mail server. */
    SENT,
    /** Refused for good, or still failing after the last attempt. */
    FAILED,
    /** The server said the address does not exist; it is now suppressed. */
    BOUNCED,
    /** Unsubscribed, suppressed or blocklisted between the start of the send and their turn. */
    SKIPPED,
    /** The send was cancelled before their turn. */
    CANCELLED
}
