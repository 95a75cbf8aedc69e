package io.gazette.audience;

/** A blocklisted subscriber is never mailed, whatever their subscriptions say. */
public enum SubscriberStatus {
    ACTIVE, BLOCKLISTED
}
