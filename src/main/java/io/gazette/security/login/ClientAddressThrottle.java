package io.gazette.security.login;

import io.gazette.security.SecurityConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per client address, in memory: it slows one address spraying passwords over many accounts, which
 * the per-account lock cannot see. Each instance counts on its own (see docs/security.md). An address is forgotten
 * after a quiet spell, and the table is bounded: when full, the quietest unlocked addresses are dropped first.
 */
@ApplicationScoped
public class ClientAddressThrottle {

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    private final Map<String, Failures> table = new ConcurrentHashMap<>();
    private final LockoutPolicy policy;
    private final Duration memory;
    private final int capacity;
    private final Clock clock;

    @Inject
    ClientAddressThrottle(SecurityConfig config, Clock clock) {
        this(LockoutPolicy.forAddresses(config.login()), config.login().ipFailureMemory(), config.login().ipTableSize(), clock);
    }

    ClientAddressThrottle(LockoutPolicy policy, Duration memory, int capacity, Clock clock) {
        this.policy = policy;
        this.memory = memory;
        this.capacity = capacity;
        this.clock = clock;
    }

    public boolean isLocked(String address) {
        Failures failures = table.get(address);
        return failures != null && isLocked(failures, clock.instant());
    }

    private static boolean isLocked(Failures failures, Instant now) {
        return failures.lockedUntil != null && now.isBefore(failures.lockedUntil);
    }

    /** Counts a failure; answers the lock it earned, if any. */
    public Optional<Duration> recordFailure(String address) {
        Instant now = clock.instant();
        Failures updated = table.compute(address, (key, old) -> {
            int count = old == null || forgotten(old, now) ? 1 : old.count + 1;
            return new Failures(count, now, policy.lockAfter(count).map(now::plus).orElse(null));
        });
        if (table.size() > capacity) {
            shrink(now);
        }
        return policy.lockAfter(updated.count);
    }

    private boolean forgotten(Failures failures, Instant now) {
        return !now.isBefore(failures.last.plus(memory)) && !isLocked(failures, now);
    }

    /** Drops forgotten addresses, then the quietest unlocked ones; locked addresses go last. */
    private void shrink(Instant now) {
        table.values().removeIf(failures -> forgotten(failures, now));
        int excess = table.size() - capacity;
        if (excess > 0) {
            Comparator<Failures> lockedLast = Comparator.comparing(failures -> isLocked(failures, now));
            table.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue(lockedLast.thenComparing(failures -> failures.last)))
                    .limit(excess)
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(table::remove);
        }
    }
}
