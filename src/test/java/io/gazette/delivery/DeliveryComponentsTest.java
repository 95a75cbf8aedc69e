package io.gazette.delivery;

import io.gazette.delivery.testing.FakeTime;
import io.gazette.delivery.throttle.SendThrottle;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** How throttle settings become limiters. */
class DeliveryComponentsTest {

    private final FakeTime time = new FakeTime(Instant.parse("2026-01-05T08:00:00Z"));

    @Test
    void aRateWithoutBurstAllowsATenthOfASecondsWorthAtOnce() throws InterruptedException {
        SendThrottle throttle = DeliveryComponents.throttle(settings(50, 0, 0), time, time);
        Instant start = time.instant();
        for (int i = 0; i < 5; i++) {
            throttle.acquire(Duration.ofDays(1), slice -> true);
        }
        assertEquals(start, time.instant());
        throttle.acquire(Duration.ofDays(1), slice -> true);
        assertEquals(Duration.ofMillis(20), Duration.between(start, time.instant()));
    }

    @Test
    void theWindowAppliesOnTopOfTheRate() throws InterruptedException {
        SendThrottle throttle = DeliveryComponents.throttle(settings(100, 100, 3), time, time);
        Instant start = time.instant();
        for (int i = 0; i < 4; i++) {
            throttle.acquire(Duration.ofDays(1), slice -> true);
        }
        assertEquals(Duration.ofHours(1), Duration.between(start, time.instant()));
    }

    @Test
    void nothingConfiguredMeansNoLimit() {
        assertFalse(DeliveryComponents.throttle(settings(0, 0, 0), time, time).limited());
    }

    private static DeliveryConfig.Throttle settings(double rate, int burst, int windowLimit) {
        return new DeliveryConfig.Throttle() {
            @Override
            public double messagesPerSecond() {
                return rate;
            }

            @Override
            public int burst() {
                return burst;
            }

            @Override
            public int windowLimit() {
                return windowLimit;
            }

            @Override
            public Duration windowDuration() {
                return Duration.ofHours(1);
            }
        };
    }
}
