package io.gazette.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * The result of offering one message to one recipient.
 *
 * @param kind         how to treat the result
 * @param replyCode    the server's three-digit reply code, or 0 when no reply was read (connection error, timeout)
 * @param enhancedCode the RFC 3463 enhanced status code such as {@code 5.1.1}, or null when the server gave none
 * @param reply        the server's reply text as received, or a description of the connection failure
 * @param server       {@code host:port} of the server that answered or was tried last
 * @param latency      time spent on this message, including any reconnect
 * @param uncertain    the connection failed after the whole message had been handed over and before the server's
 *                     reply arrived: the server may have accepted it, so another attempt may deliver a second copy
 */
public record SendOutcome(OutcomeKind kind, int replyCode, String enhancedCode, String reply, String server, Duration latency,
                          boolean uncertain) {

    public SendOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(latency, "latency");
    }

    /** An outcome that is known: the server answered, or the message was never complete on its side. */
    public SendOutcome(OutcomeKind kind, int replyCode, String enhancedCode, String reply, String server, Duration latency) {
        this(kind, replyCode, enhancedCode, reply, server, latency, false);
    }

    public SendOutcome withLatency(Duration measured) {
        return new SendOutcome(kind, replyCode, enhancedCode, reply, server, measured, uncertain);
    }

    /** This failure, marked as one that came after the end of the data: the message may have been delivered. */
    public SendOutcome uncertainAfterData() {
        return new SendOutcome(kind, replyCode, enhancedCode,
                reply + " (after the whole message was sent; the server may have accepted it)", server, latency, true);
    }

    public boolean sent() {
        return kind == OutcomeKind.SENT;
    }
}
