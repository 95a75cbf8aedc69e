package io.gazette.shared.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory token bucket per client key (usually the client's network address). Each instance of Gazette
 * limits on its own, so behind a load balancer of n instances a client gets at most n times the limit: enough
 * to stop a script hammering a form, not a global quota.
 */
public final class RateLimiter {

    /** Whether a request may go ahead and, if not, when the client may try again. */
    public record Decision(boolean allowed, Duration retryAfter) {

        /** Whole seconds for a {@code Retry-After} header, never zero. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private final int permits;
    private final long windowMillis;
    private final int maxTrackedClients;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(RateLimitConfig config, Clock clock) {
        if (config.permits() < 1 || config.window().toMillis() < 1) {
            throw new IllegalArgumentException("a rate limit needs at least one permit and a positive window");
        }
        this.permits = config.permits();
        this.windowMillis = config.window().toMillis();
        this.maxTrackedClients = Math.max(1, config.maxTrackedClients());
        this.clock = clock;
    }

    /** Takes one permit for {@code key}, or says how long until one is available. */
    public Decision acquire(String key) {
        long now = clock.millis();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(permits, now));
        Decision decision = bucket.take(now);
        if (buckets.size() > maxTrackedClients) {
            forgetIdleClients(now);
        }
        return decision;
    }

    /** Acquires a permit or throws {@link RateLimitedException}, for JSON endpoints. */
    public void enforce(String key) {
        Decision decision = acquire(key);
        if (!decision.allowed()) {
            throw new RateLimitedException(decision);
        }
    }

    /** How many clients are remembered right now. */
    public int trackedClients() {
        return buckets.size();
    }

    /** Drops full buckets (clients idle for a whole window) first; if that is not enough, any, to stay bounded. */
    private void forgetIdleClients(long now) {
        int target = maxTrackedClients - maxTrackedClients / 10;
        buckets.entrySet().removeIf(e -> e.getValue().isFullAt(now));
        Iterator<String> keys = buckets.keySet().iterator();
        while (buckets.size() > target && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }

    private final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized Decision take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return new Decision(true, Duration.ZERO);
            }
            long wait = (long) Math.ceil((1 - tokens) * windowMillis / permits);
            return new Decision(false, Duration.ofMillis(wait));
        }

        synchronized boolean isFullAt(long now) {
            return tokens + (double) (now - refilledAt) * permits / windowMillis >= permits;
        }

        private void refill(long now) {
            if (now > refilledAt) {
                tokens = Math.min(permits, tokens + (double) (now - refilledAt) * permits / windowMillis);
            }
            refilledAt = now;
        }
    }
}
