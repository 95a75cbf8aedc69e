package io.gazette.security.login;

import io.gazette.security.SecurityConfig;

import java.time.Duration;
import java.util.Optional;

/**
 * How long a run of failed sign-ins locks an account or a client address: nothing below {@code maxFailures}, then
 * {@code firstLock}, doubling with every further failure up to {@code maxLock}. One rule serves both kinds of key.
 */
public record LockoutPolicy(int maxFailures, Duration firstLock, Duration maxLock) {

    static LockoutPolicy forAccounts(SecurityConfig.Login config) {
        return new LockoutPolicy(config.maxFailures(), config.lockDuration(), config.maxLockDuration());
    }

    static LockoutPolicy forAddresses(SecurityConfig.Login config) {
        return new LockoutPolicy(config.ipMaxFailures(), config.lockDuration(), config.maxLockDuration());
    }

    /** The lock that {@code failures} consecutive failures earn, or empty while under the limit. */
    public Optional<Duration> lockAfter(int failures) {
        if (failures < maxFailures) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - maxFailures, 20);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return Optional.of(lock.compareTo(maxLock) > 0 ? maxLock : lock);
    }
}
