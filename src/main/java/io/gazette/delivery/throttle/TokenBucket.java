package io.gazette.delivery.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Messages per second as a token bucket: tokens drip in at {@code perSecond}, up to {@code burst} saved up while idle.
 * A caller finding the bucket empty books a future token, so concurrent workers queue fairly rather than spin.
 * Thread-safe; one instance is shared by every worker of a JVM.
 */
public final class TokenBucket implements Limiter {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double perSecond;
    private final double burst;
    private final Clock clock;
    private double tokens;
    private Instant last;

    public TokenBucket(double perSecond, int burst, Clock clock) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive, was " + perSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1, was " + burst);
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.clock = clock;
        this.tokens = burst;
        this.last = clock.instant();
    }

    @Override
    public synchronized Duration reserve() {
        refill();
        tokens -= 1;
        return waitFor(0);
    }

    @Override
    public synchronized Duration delay() {
        refill();
        return waitFor(1);
    }

    /** How long until the bucket holds {@code level} tokens. */
    private Duration waitFor(double level) {
        if (tokens >= level) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((level - tokens) / perSecond * NANOS_PER_SECOND));
    }

    private void refill() {
        Instant now = clock.instant();
        if (now.isAfter(last)) {
            double elapsed = Duration.between(last, now).toNanos() / NANOS_PER_SECOND;
            tokens = Math.min(burst, tokens + elapsed * perSecond);
            last = now;
        }
    }

    public double perSecond() {
        return perSecond;
    }
}
