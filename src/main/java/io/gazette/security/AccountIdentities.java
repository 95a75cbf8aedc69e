package io.gazette.security;

import io.gazette.security.account.UserView;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The one way an account becomes a {@link SecurityIdentity}, whichever way it signed in (session or API token):
 * the principal is the email, the single role is the account's role.
 */
public final class AccountIdentities {

    /** Identity attribute holding the account id (a {@code Long}). */
    public static final String USER_ID = "gazette.user-id";

    private AccountIdentities() {
    }

    public static SecurityIdentity of(UserView user) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.email()))
                .addRole(user.role())
                .addAttribute(USER_ID, user.id())
                .build();
    }
}
