package io.gazette.delivery;

/** What became of one message offered to a mail server; the queue decides retries and suppression from it. */
public enum OutcomeKind {

    /** The server accepted the message (2xx after the data). */
    SENT,

    /** Worth another try later: a 4xx reply, a lost or refused connection, a timeout, a server that would not talk to us. */
    TEMPORARY,

    /** The server refused this message for good (5xx) for a reason other than the recipient's address. */
    PERMANENT,

    /** A 5xx saying the recipient's address does not exist (enhanced status 5.1.x): the address is to be suppressed. */
    HARD_BOUNCE;

    public boolean retryable() {
        return this == TEMPORARY;
    }

    /** Whether the outcome says something is wrong on the sending side (counted towards auto-pause). */
    public boolean failure() {
        return this == TEMPORARY || this == PERMANENT;
    }
}
