package io.gazette.audience;

/** Where a subscriber stands on one list; only CONFIRMED is ever mailed. */
public enum SubscriptionStatus {
    UNCONFIRMED, CONFIRMED, UNSUBSCRIBED
}
