package io.gazette.security.login;

import io.gazette.support.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientAddressThrottleTest {

    private final TestClock clock = new TestClock();
    private final ClientAddressThrottle throttle = new ClientAddressThrottle(
            new LockoutPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(30)), Duration.ofHours(1), 4, clock);

    ClientAddressThrottleTest() {
        clock.set(Instant.parse("2031-01-01T00:00:00Z"));
    }

    @Test
    void locksAnAddressAfterItsFailuresAndOnlyThatAddress() {
        throttle.recordFailure("10.0.0.1");
        assertEquals(Optional.empty(), throttle.recordFailure("10.0.0.1"));
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.recordFailure("10.0.0.1"));
        assertTrue(throttle.isLocked("10.0.0.1"));
        assertFalse(throttle.isLocked("10.0.0.2"));

        clock.advance(Duration.ofSeconds(61));
        assertFalse(throttle.isLocked("10.0.0.1"));
        assertEquals(Optional.of(Duration.ofMinutes(2)), throttle.recordFailure("10.0.0.1"), "the count remembers");
    }

    @Test
    void forgetsAnAddressAfterAQuietHour() {
        throttle.recordFailure("10.0.0.1");
        throttle.recordFailure("10.0.0.1");
        clock.advance(Duration.ofMinutes(61));
        assertEquals(Optional.empty(), throttle.recordFailure("10.0.0.1"));
        assertEquals(Optional.empty(), throttle.recordFailure("10.0.0.1"));
    }

    @Test
    void whenFullDropsTheQuietestUnlockedAddressesAndKeepsLocks() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("10.0.0.9");
        }
        for (int i = 1; i <= 6; i++) {
            clock.advance(Duration.ofSeconds(1));
            throttle.recordFailure("10.0.1." + i);
        }
        assertTrue(throttle.isLocked("10.0.0.9"), "a lock survives a flood of other addresses");

        throttle.recordFailure("10.0.1.1");
        throttle.recordFailure("10.0.1.1");
        assertFalse(throttle.isLocked("10.0.1.1"), "the quietest address was dropped, so its count restarted");
        throttle.recordFailure("10.0.1.6");
        throttle.recordFailure("10.0.1.6");
        assertTrue(throttle.isLocked("10.0.1.6"), "a recent address kept its count");
    }
}
