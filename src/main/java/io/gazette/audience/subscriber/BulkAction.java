package io.gazette.audience.subscriber;

/** What a bulk request does to every subscriber it names. */
public enum BulkAction {
    /** Adds to {@code lists} with the given status; unknown addresses become new subscribers. */
    SUBSCRIBE,
    /** Deletes the subscriptions to {@code lists}. */
    REMOVE,
    /** Confirms pending subscriptions to {@code lists}, on the admin's word. */
    CONFIRM,
    /** Marks the subscriptions to {@code lists} unsubscribed, keeping their consent records (unlike REMOVE). */
    UNSUBSCRIBE,
    /** Blocklists: never mailed again, whatever the subscriptions say. */
    BLOCKLIST,
    /** Lifts a blocklisting. */
    UNBLOCKLIST;

    boolean needsLists() {
        return this == SUBSCRIBE || this == REMOVE || this == CONFIRM || this == UNSUBSCRIBE;
    }
}
