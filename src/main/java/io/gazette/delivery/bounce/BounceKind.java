package io.gazette.delivery.bounce;

/** What a bounce report says about an address. */
public enum BounceKind {

    /** The address does not exist or is refused for good: suppressed at once. */
    HARD,

    /** A passing failure (mailbox full, server down): suppressed after several within a period. */
    SOFT,

    /** The reader marked the mail as spam: suppressed at once. */
    COMPLAINT
}
