package io.gazette.shared.ratelimit;

import io.gazette.delivery.testing.FakeTime;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    private final FakeTime clock = new FakeTime(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void allowsABurstThenRefillsEvenlyOverTheWindow() {
        RateLimiter limiter = new RateLimiter(config(3, Duration.ofMinutes(3), 100), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("a").allowed()).isTrue();
        }
        RateLimiter.Decision refused = limiter.acquire("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(60);
        assertThat(limiter.acquire("b").allowed()).as("clients are limited separately").isTrue();

        clock.advance(Duration.ofSeconds(59));
        assertThat(limiter.acquire("a").allowed()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.acquire("a").allowed()).isTrue();
        assertThat(limiter.acquire("a").allowed()).isFalse();
    }

    @Test
    void staysBoundedByForgettingIdleClientsFirst() {
        RateLimiter limiter = new RateLimiter(config(1, Duration.ofMinutes(1), 10), clock);
        assertThat(limiter.acquire("busy").allowed()).isTrue();
        clock.advance(Duration.ofSeconds(61));
        for (int i = 0; i < 20; i++) {
            limiter.acquire("client-" + i);
        }
        assertThat(limiter.trackedClients()).isLessThanOrEqualTo(10);
    }

    @Test
    void clockGoingBackwardsNeverGrantsExtraPermits() {
        RateLimiter limiter = new RateLimiter(config(1, Duration.ofMinutes(1), 10), clock);
        assertThat(limiter.acquire("a").allowed()).isTrue();
        clock.advance(Duration.ofMinutes(-10));
        assertThat(limiter.acquire("a").allowed()).isFalse();
    }

    @Test
    void ipv6ClientsAreKeyedByTheirSlash64() {
        assertThat(ClientKeys.forAddress("2001:db8:1:2:aaaa::1")).isEqualTo(ClientKeys.forAddress("2001:db8:1:2:bbbb::9"));
        assertThat(ClientKeys.forAddress("2001:db8:1:2::1")).isNotEqualTo(ClientKeys.forAddress("2001:db8:1:3::1"));
        assertThat(ClientKeys.forAddress("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(ClientKeys.forAddress(null)).isEqualTo("unknown");
    }

    static RateLimitConfig config(int permits, Duration window, int maxClients) {
        return new RateLimitConfig() {
            @Override
            public int permits() {
                return permits;
            }

            @Override
            public Duration window() {
                return window;
            }

            @Override
            public int maxTrackedClients() {
                return maxClients;
            }
        };
    }
}
