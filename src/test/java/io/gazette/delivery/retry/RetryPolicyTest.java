package io.gazette.delivery.retry;

import io.gazette.delivery.OutcomeKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryPolicyTest {

    @Test
    void doublesTheWaitUpToTheMaximumWithoutJitter() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMinutes(2), Duration.ofMinutes(30), 0.5, () -> 0.0);
        assertEquals(Duration.ofMinutes(2), policy.backoff(1));
        assertEquals(Duration.ofMinutes(4), policy.backoff(2));
        assertEquals(Duration.ofMinutes(8), policy.backoff(3));
        assertEquals(Duration.ofMinutes(16), policy.backoff(4));
        assertEquals(Duration.ofMinutes(30), policy.backoff(5));
        assertEquals(Duration.ofMinutes(30), policy.backoff(500), "no overflow after many attempts");
    }

    @Test
    void jitterTakesUpToItsShareOffTheWait() {
        RetryPolicy most = new RetryPolicy(5, Duration.ofSeconds(100), Duration.ofHours(1), 0.2, () -> 0.999_999);
        RetryPolicy half = new RetryPolicy(5, Duration.ofSeconds(100), Duration.ofHours(1), 0.2, () -> 0.5);
        Duration shortest = most.backoff(1);
        assertTrue(shortest.compareTo(Duration.ofSeconds(80)) >= 0 && shortest.compareTo(Duration.ofMillis(80_010)) < 0, shortest.toString());
        assertEquals(Duration.ofSeconds(90), half.backoff(1));
        assertEquals(Duration.ofSeconds(180), half.backoff(2));
    }

    @Test
    void randomJitterStaysWithinItsBounds() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(60), Duration.ofHours(1), 0.3, new Random(7)::nextDouble);
        long distinct = IntStream.range(0, 200).mapToObj(i -> policy.backoff(2)).peek(d -> {
            assertTrue(d.compareTo(Duration.ofSeconds(84)) >= 0 && d.compareTo(Duration.ofSeconds(120)) <= 0, d.toString());
        }).distinct().count();
        assertTrue(distinct > 50, "retries spread out: " + distinct + " distinct waits");
    }

    @Test
    void retriesOnlyTemporaryFailuresAndOnlyUpToTheMaximum() {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofHours(1), 0, () -> 0.0);
        assertEquals(Optional.of(Duration.ofMinutes(1)), policy.retryDelay(OutcomeKind.TEMPORARY, 1));
        assertEquals(Optional.of(Duration.ofMinutes(2)), policy.retryDelay(OutcomeKind.TEMPORARY, 2));
        assertEquals(Optional.empty(), policy.retryDelay(OutcomeKind.TEMPORARY, 3));
        assertEquals(Optional.empty(), policy.retryDelay(OutcomeKind.PERMANENT, 1));
        assertEquals(Optional.empty(), policy.retryDelay(OutcomeKind.HARD_BOUNCE, 1));
        assertEquals(Optional.empty(), policy.retryDelay(OutcomeKind.SENT, 1));
        assertEquals(Optional.empty(), new RetryPolicy(1, Duration.ofMinutes(1), Duration.ofHours(1), 0, () -> 0.0)
                .retryDelay(OutcomeKind.TEMPORARY, 1));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ofMinutes(1), Duration.ofHours(1), 0, () -> 0.0));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(3, Duration.ofHours(2), Duration.ofHours(1), 0, () -> 0.0));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofHours(1), 1.5, () -> 0.0));
    }
}
