package io.gazette.security.account;

import io.gazette.shared.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** A person who signs in to Gazette: an admin or an editor. Subscribers are not users. */
@Entity
@Table(name = "app_user")
public class AppUser extends VersionedEntity {

    /** Lower case, so sign-in and uniqueness ignore the case people type. */
    @Column(nullable = false, length = 320)
    public String email;

    @Column(name = "display_name", nullable = false, length = 200)
    public String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Column(nullable = false, length = 16)
    public String role;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "failed_logins", nullable = false)
    public int failedLogins;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<AppUser> findByEmail(String email) {
        return find("email", normalizeEmail(email)).firstResultOptional();
    }

    /** Loads with a row lock: sign-in counters and admin changes to one account never interleave. */
    public static Optional<AppUser> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
