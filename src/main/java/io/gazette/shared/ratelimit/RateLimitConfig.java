package io.gazette.shared.ratelimit;

import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * One rate limit, embedded as a group in a feature's {@code @ConfigMapping} (for example
 * {@code gazette.audience.subscribe-rate-limit.permits}). A client may burst up to {@code permits} requests, which
 * then come back evenly over {@code window}.
 */
public interface RateLimitConfig {

    /** Requests one client may make in a burst, and how many it regains per window. */
    @WithDefault("10")
    int permits();

    /** Time in which a client's spent permits all come back. */
    @WithDefault("10m")
    Duration window();

    /** Most clients tracked at once per limiter; beyond it, idle clients are forgotten first. */
    @WithDefault("100000")
    int maxTrackedClients();
}
