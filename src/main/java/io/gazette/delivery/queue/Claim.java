package io.gazette.delivery.queue;

import java.time.Instant;
import java.util.List;

/**
 * A batch of one send's recipients held by one worker. {@code token} fences every later write: once the lease has
 * run out and another worker took the rows over, this worker's writes no longer match them.
 */
public record Claim(long sendId, String token, Instant leaseUntil, List<ClaimedDelivery> rows) {

    public Claim {
        rows = List.copyOf(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public Claim renewedUntil(Instant until) {
        return new Claim(sendId, token, until, rows);
    }
}
