package io.gazette.security.login;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LockoutPolicyTest {

    private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(30));

    @Test
    void nothingBelowTheLimitThenDoublingUpToTheCap() {
        assertEquals(Optional.empty(), policy.lockAfter(4));
        assertEquals(Optional.of(Duration.ofMinutes(1)), policy.lockAfter(5));
        assertEquals(Optional.of(Duration.ofMinutes(2)), policy.lockAfter(6));
        assertEquals(Optional.of(Duration.ofMinutes(16)), policy.lockAfter(9));
        assertEquals(Optional.of(Duration.ofMinutes(30)), policy.lockAfter(10));
        assertEquals(Optional.of(Duration.ofMinutes(30)), policy.lockAfter(10_000));
    }
}
