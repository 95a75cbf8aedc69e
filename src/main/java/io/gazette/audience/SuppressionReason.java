package io.gazette.audience;

/** Why an address is on the suppression list and must never be mailed. */
public enum SuppressionReason {
    /** The person left every list from their preferences page. */
    UNSUBSCRIBED_ALL,
    /** The person's data was erased and they asked never to be mailed again. */
    ERASURE,
    /** Mail to the address bounced permanently. */
    HARD_BOUNCE,
    /** Mail to the address bounced temporarily too often within the delivery feature's soft-bounce period. */
    SOFT_BOUNCES,
    /** The person marked our mail as spam. */
    COMPLAINT,
    /** An admin added the address. */
    MANUAL
}
