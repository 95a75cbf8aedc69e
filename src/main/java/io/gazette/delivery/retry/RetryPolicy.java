package io.gazette.delivery.retry;

import io.gazette.delivery.DeliveryConfig;
import io.gazette.delivery.OutcomeKind;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: after attempt n fails temporarily, wait {@code min(max, base * 2^(n-1))} less a
 * random share of up to {@code jitter}, until {@code maxAttempts} attempts were made. Only temporary failures are
 * retried. Pure and thread-safe.
 */
public final class RetryPolicy {

    private final int maxAttempts;
    private final Duration base;
    private final Duration max;
    private final double jitter;
    private final DoubleSupplier random;

    /** @param random yields values in [0, 1); tests pass fixed ones */
    public RetryPolicy(int maxAttempts, Duration base, Duration max, double jitter, DoubleSupplier random) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be at least 1, was " + maxAttempts);
        }
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff base must be positive and no longer than the maximum");
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
        }
        this.maxAttempts = maxAttempts;
        this.base = base;
        this.max = max;
        this.jitter = jitter;
        this.random = random;
    }

    public static RetryPolicy from(DeliveryConfig.Retry config) {
        return new RetryPolicy(config.maxAttempts(), config.backoffBase(), config.backoffMax(), config.jitter(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * How long to wait before the next attempt, or empty when there is none: the outcome is final or
     * {@code attemptsMade} (the failed one included) reached the maximum.
     */
    public Optional<Duration> retryDelay(OutcomeKind outcome, int attemptsMade) {
        if (!outcome.retryable() || attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(backoff(attemptsMade));
    }

    /** The jittered wait after {@code attemptsMade} failed attempts (1 or more). */
    public Duration backoff(int attemptsMade) {
        Duration full = exponential(Math.max(1, attemptsMade));
        double keep = 1 - jitter * random.getAsDouble();
        return Duration.ofMillis((long) Math.ceil(full.toMillis() * keep));
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    private Duration exponential(int attemptsMade) {
        int doublings = attemptsMade - 1;
        if (doublings >= 62 || base.toMillis() > (max.toMillis() >> doublings)) {
            return max;
        }
        return Duration.ofMillis(base.toMillis() << doublings);
    }
}
