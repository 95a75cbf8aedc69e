package io.gazette.delivery.throttle;

import java.time.Duration;
import java.util.List;

/**
 * The throughput limits a worker passes before each message: the sliding window first (it can hold for long), then the
 * per-second rate. With no limits configured it never waits.
 * <p>
 * A wait may last as long as the sliding window (an hour), far longer than a worker's lease on the rows it holds. So a
 * worker asks {@link #delay()} before it claims rows, and waits for each message's slot in slices, asking its
 * {@link Watch} before each slice whether to go on: between slices it writes its outcomes, renews its lease and looks
 * for a pause, and it gives up waiting the moment its rows are no longer its own.
 */
public final class SendThrottle {

    /** Asked before each slice of a wait; false ends the wait (the booked slot goes unused). */
    @FunctionalInterface
    public interface Watch {
        boolean goOn(Duration slice);
    }

    private final List<Limiter> limiters;
    private final Sleeper sleeper;

    public SendThrottle(List<Limiter> limiters, Sleeper sleeper) {
        this.limiters = List.copyOf(limiters);
        this.sleeper = sleeper;
    }

    public static SendThrottle unlimited() {
        return new SendThrottle(List.of(), Sleeper.SYSTEM);
    }

    /** How long until one more message could go, booking nothing. */
    public Duration delay() {
        Duration longest = Duration.ZERO;
        for (Limiter limiter : limiters) {
            Duration wait = limiter.delay();
            if (wait.compareTo(longest) > 0) {
                longest = wait;
            }
        }
        return longest;
    }

    /**
     * Books one message's slot and waits for it in slices of at most {@code slice}, asking {@code watch} before each.
     * Returns true when the message may go now, false when the watch ended the wait.
     */
    public boolean acquire(Duration slice, Watch watch) throws InterruptedException {
        for (Limiter limiter : limiters) {
            Duration wait = limiter.reserve();
            while (!wait.isZero()) {
                Duration nap = wait.compareTo(slice) < 0 ? wait : slice;
                if (!watch.goOn(nap)) {
                    return false;
                }
                sleeper.sleep(nap);
                wait = wait.minus(nap);
            }
        }
        return true;
    }

    public boolean limited() {
        return !limiters.isEmpty();
    }
}
