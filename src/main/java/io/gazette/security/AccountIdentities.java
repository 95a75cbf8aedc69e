package io.gazette.security;

import io.gazette.security.account.UserView;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.identity.SecurityIdentity;

import java.util.Optional;

/**
 * The one way an account becomes a {@link SecurityIdentity}, whichever way it signed in (session or API token):
 * the principal is the email, the single role is the account's role.
 */
public final class AccountIdentities {

    /** Identity attribute holding the account id (a {@code Long}). */
    public static final String USER_ID = "gazette.user-id";

    private AccountIdentities() {
    }

    /** The identity of {@code user}, or an authentication failure saying {@code refusal} when there is none. */
    public static SecurityIdentity of(Optional<UserView> user, String refusal) {
        return user.map(AccountIdentities::of).orElseThrow(() -> new AuthenticationFailedException(refusal));
    }

    public static SecurityIdentity of(UserView user) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.email()))
                .addRole(user.role())
                .addAttribute(USER_ID, user.id())
                .build();
    }
}
