package io.gazette.security.account;

import io.gazette.security.Roles;
import io.gazette.security.audit.AuditLog;
import io.gazette.security.audit.CurrentActor;
import io.gazette.shared.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Accounts: created, re-roled, disabled and given new passwords by admins; every change is audited. */
@ApplicationScoped
@Transactional
public class UserService {

    static final String ROLE_PATTERN = Roles.ADMIN + "|" + Roles.EDITOR;

    private final Clock clock;
    private final Passwords passwords;
    private final AuditLog audit;
    private final CurrentActor actor;

    public UserService(Clock clock, Passwords passwords, AuditLog audit, CurrentActor actor) {
        this.clock = clock;
        this.passwords = passwords;
        this.audit = audit;
        this.actor = actor;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserView> list() {
        return AppUser.<AppUser>listAll(Sort.by("email")).stream().map(UserView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserView view(long id) {
        return UserView.of(get(id));
    }

    /**
     * The account signed in under {@code email}, if it exists and may sign in. It opens its own transaction, unlike
     * the other reads: identity providers call it on a worker thread with no request context.
     */
    public Optional<UserView> findActive(String email) {
        return AppUser.findByEmail(email).filter(user -> user.enabled).map(UserView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return AppUser.count();
    }

    public UserView create(NewUserRequest request) {
        String email = AppUser.normalizeEmail(request.email());
        if (AppUser.findByEmail(email).isPresent()) {
            throw ProblemException.conflict("email: an account for '" + email + "' already exists");
        }
        passwords.requireAcceptable(request.password());
        Instant now = clock.instant();
        AppUser user = new AppUser();
        user.email = email;
        user.displayName = request.displayName().strip();
        user.role = request.role();
        user.passwordHash = passwords.hash(request.password());
        user.enabled = true;
        user.createdAt = now;
        user.updatedAt = now;
        user.persistAndFlush();
        audit.record(actor.name(), "user.created", target(user), "email " + email + ", role " + user.role);
        return UserView.of(user);
    }

    public UserView changeRole(long id, String role) {
        AppUser user = locked(id);
        if (!role.equals(user.role)) {
            if (Roles.ADMIN.equals(user.role)) {
                requireAnotherActiveAdmin(user);
            }
            audit.record(actor.name(), "user.role-changed", target(user), user.role + " -> " + role);
            user.role = role;
            user.updatedAt = clock.instant();
        }
        return UserView.of(user);
    }

    public UserView setEnabled(long id, boolean enabled) {
        AppUser user = locked(id);
        if (user.enabled != enabled) {
            if (!enabled && Roles.ADMIN.equals(user.role)) {
                requireAnotherActiveAdmin(user);
            }
            user.enabled = enabled;
            user.updatedAt = clock.instant();
            audit.record(actor.name(), enabled ? "user.enabled" : "user.disabled", target(user), null);
        }
        return UserView.of(user);
    }

    /** Sets a new password and lifts any sign-in lock. */
    public UserView resetPassword(long id, String password) {
        passwords.requireAcceptable(password);
        AppUser user = locked(id);
        user.passwordHash = passwords.hash(password);
        user.failedLogins = 0;
        user.lockedUntil = null;
        user.updatedAt = clock.instant();
        audit.record(actor.name(), "user.password-reset", target(user), null);
        return UserView.of(user);
    }

    private static String target(AppUser user) {
        return AuditLog.target("user", user.id);
    }

    private AppUser get(long id) {
        return AppUser.<AppUser>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("User", id));
    }

    private AppUser locked(long id) {
        return AppUser.lock(id).orElseThrow(() -> ProblemException.notFound("User", id));
    }

    /**
     * Keeps at least one enabled admin, so nobody can lock every admin out through the API. The admins' rows are
     * locked, so two admins demoting each other at the same moment cannot both succeed.
     */
    private static void requireAnotherActiveAdmin(AppUser user) {
        long others = AppUser.<AppUser>find("role = ?1 and enabled = true", Roles.ADMIN)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().stream()
                .filter(admin -> !admin.id.equals(user.id)).count();
        if (others == 0) {
            throw ProblemException.conflict(user.email + " is the last enabled admin; make another admin first");
        }
    }
}
