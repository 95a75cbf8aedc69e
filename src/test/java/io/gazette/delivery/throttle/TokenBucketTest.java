package io.gazette.delivery.throttle;

import io.gazette.delivery.testing.FakeTime;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TokenBucketTest {

    private final FakeTime time = new FakeTime(Instant.parse("2026-01-05T08:00:00Z"));

    @Test
    void spendsTheBurstAtOnceThenBooksFutureTokensInOrder() {
        TokenBucket bucket = new TokenBucket(10, 5, time);
        for (int i = 0; i < 5; i++) {
            assertEquals(Duration.ZERO, bucket.reserve());
        }
        assertEquals(Duration.ofMillis(100), bucket.reserve());
        assertEquals(Duration.ofMillis(200), bucket.reserve());
        assertEquals(Duration.ofMillis(300), bucket.reserve());
    }

    @Test
    void savesUpNoMoreThanTheBurstWhileIdle() {
        TokenBucket bucket = new TokenBucket(10, 3, time);
        for (int i = 0; i < 3; i++) {
            bucket.reserve();
        }
        time.advance(Duration.ofMinutes(5));
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, bucket.reserve());
        }
        assertEquals(Duration.ofMillis(100), bucket.reserve());
    }

    @Test
    void holdsTheRateExactlyOverManyMessages() throws InterruptedException {
        SendThrottle throttle = new SendThrottle(List.of(new TokenBucket(50, 1, time)), time);
        Instant start = time.instant();
        for (int i = 0; i < 101; i++) {
            throttle.acquire(Duration.ofDays(1), slice -> true);
        }
        assertEquals(Duration.ofSeconds(2), Duration.between(start, time.instant()));
        assertEquals(100, time.sleeps().size());
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, 1, time));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(10, 0, time));
    }
}
