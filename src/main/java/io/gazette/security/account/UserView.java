package io.gazette.security.account;

import java.time.Instant;

/** An account as admins see it; never carries the password hash. */
public record UserView(long id, String email, String displayName, String role, boolean enabled,
                       Instant createdAt, Instant lastLoginAt, Instant lockedUntil) {

    public static UserView of(AppUser user) {
        return new UserView(user.id, user.email, user.displayName, user.role, user.enabled,
                user.createdAt, user.lastLoginAt, user.lockedUntil);
    }
}
