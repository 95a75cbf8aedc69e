package io.gazette.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Accounts, sign-in throttling, API tokens and the secrets checked at start. The signing key is {@link TokenConfig}'s. */
@ConfigMapping(prefix = "gazette.security")
public interface SecurityConfig {

    /** Email of the first admin, created on a start that finds no account at all. */
    Optional<String> adminEmail();

    /**
     * Password of that first admin; set it through {@code GAZETTE_SECURITY_ADMIN_PASSWORD}. There is no default:
     * only the dev profile carries one.
     */
    Optional<String> adminPassword();

    /** Shortest password accepted for any account. */
    @WithDefault("12")
    int passwordMinLength();

    /** bcrypt cost factor (2^cost rounds) for new password hashes. */
    @WithDefault("12")
    int bcryptCost();

    /** Sign-in throttling. */
    Login login();

    /** API bearer tokens. */
    Tokens tokens();

    /**
     * Further configuration keys that hold secrets (e.g. the SMTP password) and must be set, long and not a published
     * throwaway value when the service runs in production. The signing key, session key and database password are
     * always checked.
     */
    Optional<List<String>> extraSecrets();

    interface Login {

        /** Consecutive failed sign-ins an account may have before it is locked. */
        @WithDefault("5")
        int maxFailures();

        /** Failed sign-ins one client address may have before it is locked, whatever accounts it tried. */
        @WithDefault("20")
        int ipMaxFailures();

        /** Length of the first lock; each further failure doubles it. */
        @WithDefault("PT1M")
        Duration lockDuration();

        /** Longest a single lock lasts. */
        @WithDefault("PT30M")
        Duration maxLockDuration();

        /** A client address's failures are forgotten after this long without another one. */
        @WithDefault("PT1H")
        Duration ipFailureMemory();

        /** Most client addresses remembered at once; the oldest quiet ones are dropped first. */
        @WithDefault("10000")
        int ipTableSize();
    }

    interface Tokens {

        /** A token's last-used time is written at most this often, to spare the database a write per request. */
        @WithDefault("PT1M")
        Duration lastUsedResolution();
    }
}
