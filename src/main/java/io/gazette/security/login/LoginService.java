package io.gazette.security.login;

import io.gazette.security.SecurityConfig;
import io.gazette.security.account.AppUser;
import io.gazette.security.account.Passwords;
import io.gazette.security.account.UserView;
import io.gazette.security.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a sign-in attempt. Every refusal looks the same from outside (the caller only learns "empty") and costs one
 * bcrypt check, whether the email is unknown, the password wrong, or the account disabled or locked; the reason goes
 * to the audit log only. A locked client address is refused at once, without the bcrypt work: that lock does not
 * depend on the account, so answering fast reveals nothing and spares the CPU under attack. Attempts refused during
 * a lock are not logged one by one; the lock itself is.
 */
@ApplicationScoped
@Transactional
public class LoginService {

    private final Clock clock;
    private final Passwords passwords;
    private final ClientAddressThrottle addresses;
    private final LockoutPolicy accountPolicy;
    private final AuditLog audit;

    public LoginService(Clock clock, Passwords passwords, ClientAddressThrottle addresses, SecurityConfig config, AuditLog audit) {
        this.clock = clock;
        this.passwords = passwords;
        this.addresses = addresses;
        this.accountPolicy = LockoutPolicy.forAccounts(config.login());
        this.audit = audit;
    }

    public Optional<UserView> signIn(String submittedEmail, String password, String address) {
        String email = AppUser.normalizeEmail(submittedEmail);
        if (addresses.isLocked(address)) {
            return Optional.empty();
        }
        Optional<AppUser> found = AppUser.<AppUser>find("email", email).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
        if (found.isEmpty()) {
            passwords.spendCheckTime(password);
            audit.record(email, "login.failed", null, "no such account; from " + address);
            recordAddressFailure(email, address);
            return Optional.empty();
        }
        AppUser user = found.get();
        Instant now = clock.instant();
        if (user.isLocked(now)) {
            passwords.spendCheckTime(password);
            return Optional.empty();
        }
        boolean passwordMatches = passwords.matches(password, user.passwordHash);
        if (!user.enabled) {
            audit.record(email, "login.refused", target(user), "account disabled; from " + address);
            return Optional.empty();
        }
        if (!passwordMatches) {
            recordFailure(user, address, now);
            return Optional.empty();
        }
        user.failedLogins = 0;
        user.lockedUntil = null;
        user.lastLoginAt = now;
        audit.record(email, "login.succeeded", target(user), "from " + address);
        return Optional.of(UserView.of(user));
    }

    private void recordFailure(AppUser user, String address, Instant now) {
        user.failedLogins++;
        audit.record(user.email, "login.failed", target(user), "wrong password (" + user.failedLogins + " in a row); from " + address);
        Optional<Duration> lock = accountPolicy.lockAfter(user.failedLogins);
        if (lock.isPresent()) {
            user.lockedUntil = now.plus(lock.get());
            audit.record(user.email, "login.locked", target(user), "account locked for " + lock.get() + " after "
                    + user.failedLogins + " failed sign-ins");
        }
        recordAddressFailure(user.email, address);
    }

    private void recordAddressFailure(String email, String address) {
        addresses.recordFailure(address).ifPresent(lock -> audit.record(email, "login.locked", AuditLog.target("address", address),
                "client address locked for " + lock + " after repeated failed sign-ins"));
    }

    private static String target(AppUser user) {
        return AuditLog.target("user", user.id);
    }
}
