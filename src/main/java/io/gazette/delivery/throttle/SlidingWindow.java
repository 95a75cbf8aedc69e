package io.gazette.delivery.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code max} messages in any span of {@code window} (e.g. 10,000 an hour, as providers cap accounts), like
 * listmonk's sliding window but exact: it remembers when each of the last {@code max} messages was booked, so the
 * next one may go when the oldest of them leaves the window. Costs 8 bytes per message of the limit.
 * Thread-safe; one instance is shared by every worker of a JVM.
 */
public final class SlidingWindow implements Limiter {

    /** Keeps the booking memory bounded (8 MB). */
    public static final int MAX_LIMIT = 1_000_000;

    private final Duration window;
    private final Clock clock;
    private final Instant[] booked;
    private int next;
    private long count;

    public SlidingWindow(int max, Duration window, Clock clock) {
        if (max < 1 || max > MAX_LIMIT) {
            throw new IllegalArgumentException("window limit must be 1-" + MAX_LIMIT + ", was " + max);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
        this.window = window;
        this.clock = clock;
        this.booked = new Instant[max];
    }

    @Override
    public synchronized Duration delay() {
        if (count < booked.length) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        Instant freed = booked[next].plus(window);
        return freed.isAfter(now) ? Duration.between(now, freed) : Duration.ZERO;
    }

    @Override
    public synchronized Duration reserve() {
        Instant now = clock.instant();
        Instant slot = now;
        if (count >= booked.length) {
            Instant freed = booked[next].plus(window);
            if (freed.isAfter(now)) {
                slot = freed;
            }
        }
        booked[next] = slot;
        next = (next + 1) % booked.length;
        count++;
        return Duration.between(now, slot);
    }
}
