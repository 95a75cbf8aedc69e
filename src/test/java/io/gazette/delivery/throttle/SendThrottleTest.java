package io.gazette.delivery.throttle;

import io.gazette.delivery.testing.FakeTime;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Long waits come in slices with a watch between them, and a look ahead books nothing. */
class SendThrottleTest {

    private final FakeTime time = new FakeTime(Instant.parse("2026-01-05T08:00:00Z"));

    @Test
    void aLongWaitIsSlicedAndTheWatchIsAskedBeforeEachSlice() throws InterruptedException {
        SendThrottle throttle = new SendThrottle(List.of(new SlidingWindow(1, Duration.ofHours(1), time)), time);
        assertTrue(throttle.acquire(Duration.ofMinutes(25), slice -> true));
        List<Duration> asked = new ArrayList<>();

        assertTrue(throttle.acquire(Duration.ofMinutes(25), slice -> asked.add(slice)));

        assertEquals(List.of(Duration.ofMinutes(25), Duration.ofMinutes(25), Duration.ofMinutes(10)), asked);
        assertEquals(asked, time.sleeps());
    }

    @Test
    void aWatchThatSaysStopEndsTheWaitBeforeTheNextSlice() throws InterruptedException {
        SendThrottle throttle = new SendThrottle(List.of(new SlidingWindow(1, Duration.ofHours(1), time)), time);
        Instant start = time.instant();
        throttle.acquire(Duration.ofMinutes(10), slice -> true);
        int[] asked = {0};

        assertFalse(throttle.acquire(Duration.ofMinutes(10), slice -> ++asked[0] < 3));

        assertEquals(3, asked[0]);
        assertEquals(Duration.ofMinutes(20), Duration.between(start, time.instant()), "two slices slept, the third never");
    }

    @Test
    void noWaitAsksNothing() throws InterruptedException {
        SendThrottle throttle = new SendThrottle(List.of(new TokenBucket(10, 5, time)), time);
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.acquire(Duration.ofSeconds(1), slice -> {
                throw new AssertionError("asked without a wait");
            }));
        }
        assertTrue(time.sleeps().isEmpty());
    }

    @Test
    void theDelayAheadIsTheLongestOfTheLimitsAndBooksNothing() throws InterruptedException {
        SlidingWindow window = new SlidingWindow(2, Duration.ofMinutes(10), time);
        TokenBucket bucket = new TokenBucket(1, 1, time);
        SendThrottle throttle = new SendThrottle(List.of(window, bucket), time);
        assertEquals(Duration.ZERO, throttle.delay());
        throttle.acquire(Duration.ofMinutes(1), slice -> true);
        assertEquals(Duration.ofSeconds(1), throttle.delay(), "the bucket is empty for a second");
        time.advance(Duration.ofSeconds(1));
        throttle.acquire(Duration.ofMinutes(1), slice -> true);
        time.advance(Duration.ofSeconds(1));

        assertEquals(Duration.ofSeconds(598), throttle.delay(), "the window is full until the first message is 10 minutes old");
        assertEquals(Duration.ofSeconds(598), throttle.delay(), "asking again booked nothing");
        assertEquals(Duration.ofSeconds(598), window.reserve());
    }
}
