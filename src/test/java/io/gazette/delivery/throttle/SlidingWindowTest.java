package io.gazette.delivery.throttle;

import io.gazette.delivery.testing.FakeTime;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlidingWindowTest {

    private final FakeTime time = new FakeTime(Instant.parse("2026-01-05T08:00:00Z"));

    @Test
    void theNextMessageWaitsForTheOldestToLeaveTheWindow() {
        SlidingWindow window = new SlidingWindow(3, Duration.ofHours(1), time);
        assertEquals(Duration.ZERO, window.reserve());
        time.advance(Duration.ofMinutes(20));
        assertEquals(Duration.ZERO, window.reserve());
        time.advance(Duration.ofMinutes(20));
        assertEquals(Duration.ZERO, window.reserve());
        time.advance(Duration.ofMinutes(21));
        assertEquals(Duration.ZERO, window.reserve(), "the first message is 61 minutes old");
        assertEquals(Duration.ofMinutes(19), window.reserve(), "the second is 41 minutes old");
        assertEquals(Duration.ofMinutes(39), window.reserve(), "the third is 21 minutes old");
    }

    @Test
    void neverExceedsTheLimitInAnySpanAndLosesNoTime() throws InterruptedException {
        int limit = 10;
        Duration span = Duration.ofMinutes(1);
        SendThrottle throttle = new SendThrottle(List.of(new SlidingWindow(limit, span, time)), time);
        List<Instant> sentAt = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            throttle.acquire(Duration.ofDays(1), slice -> true);
            sentAt.add(time.instant());
            if (i % 7 == 0) {
                time.advance(Duration.ofSeconds(3));
            }
        }
        for (int i = limit; i < sentAt.size(); i++) {
            Duration apart = Duration.between(sentAt.get(i - limit), sentAt.get(i));
            assertTrue(apart.compareTo(span) >= 0, "messages " + (i - limit) + " and " + i + " are only " + apart + " apart");
        }
        assertEquals(sentAt.get(0).plus(span.multipliedBy(99)), sentAt.get(990), "each batch of 10 leaves as soon as allowed");
    }

    @Test
    void combinedWithARateBothLimitsHold() throws InterruptedException {
        SendThrottle throttle = new SendThrottle(List.of(new SlidingWindow(5, Duration.ofMinutes(1), time), new TokenBucket(1, 1, time)), time);
        Instant start = time.instant();
        List<Duration> offsets = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            throttle.acquire(Duration.ofDays(1), slice -> true);
            offsets.add(Duration.between(start, time.instant()));
        }
        assertEquals(List.of(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(4),
                Duration.ofSeconds(60), Duration.ofSeconds(61)), offsets);
    }
}
