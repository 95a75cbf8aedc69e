package io.gazette.delivery.throttle;

import java.time.Duration;
import java.util.List;

/**
 * The throughput limits a worker passes before each message: the sliding window first (it can hold for long), then the
 * per-second rate. With no limits configured it never waits.
 */
public final class SendThrottle {

    private final List<Limiter> limiters;
    private final Sleeper sleeper;

    public SendThrottle(List<Limiter> limiters, Sleeper sleeper) {
        this.limiters = List.copyOf(limiters);
        this.sleeper = sleeper;
    }

    public static SendThrottle unlimited() {
        return new SendThrottle(List.of(), Sleeper.SYSTEM);
    }

    /** Blocks until one more message may be sent; returns how long it waited in total. */
    public Duration acquire() throws InterruptedException {
        Duration waited = Duration.ZERO;
        for (Limiter limiter : limiters) {
            Duration wait = limiter.reserve();
            if (!wait.isZero()) {
                sleeper.sleep(wait);
                waited = waited.plus(wait);
            }
        }
        return waited;
    }

    public boolean limited() {
        return !limiters.isEmpty();
    }
}
