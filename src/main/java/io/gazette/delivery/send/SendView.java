package io.gazette.delivery.send;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A send and how far it got. {@code failedTemporary}: recipients waiting for another attempt after a temporary
 * failure; {@code failedPermanent}: refused for good or out of attempts; {@code remaining}: recipients without a final
 * outcome yet; {@code ratePerSecond}: messages accepted per second over the last {@link SendProgress#RATE_WINDOW};
 * {@code eta}: when the rest would be done at that rate (null while nothing is moving); {@code possibleDoubles}: at
 * most this many messages of the send may have reached a reader who already had one, because a connection failed
 * after the whole message was handed over and before the server answered, and a later attempt went through (0 unless
 * a server timed out or dropped the connection right at the end of a message; see docs/delivery.md).
 */
public record SendView(long id, long issueId, SendStatus status, List<Long> lists, long recipients, long sent,
                       long failedTemporary, long failedPermanent, long bounced, long skipped, long cancelled,
                       long remaining, long possibleDoubles, double ratePerSecond, Instant eta, String pauseReason,
                       String startedBy, Instant startedAt, Instant pausedAt, Instant finishedAt) {

    static SendView of(SendJob send, List<Long> lists, SendProgress.Counts counts, double rate, Instant now) {
        Instant eta = rate > 0 && counts.remaining() > 0 && send.status() == SendStatus.RUNNING
                ? now.plus(Duration.ofMillis((long) Math.ceil(counts.remaining() / rate * 1000))) : null;
        return new SendView(send.id, send.issueId, send.status(), lists, send.recipients, counts.sent(),
                counts.retrying(), counts.failed(), counts.bounced(), counts.skipped(), counts.cancelled(),
                counts.remaining(), counts.possibleDoubles(), rate, eta, send.pauseReason, send.startedBy, send.startedAt, send.pausedAt,
                send.finishedAt);
    }
}
