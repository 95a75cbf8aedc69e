package io.gazette.security;

import io.gazette.security.account.UserView;
import io.gazette.shared.problem.ProblemException;
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

    /** The account behind {@code identity}; empty for one signed in without an account (a test identity). */
    public static Optional<Long> userId(SecurityIdentity identity) {
        return Optional.ofNullable(identity.getAttribute(USER_ID));
    }

    /** The account behind {@code identity}, for what only accounts have (API tokens): 403 for an identity without one. */
    public static long requireUserId(SecurityIdentity identity) {
        return userId(identity).orElseThrow(() -> new ProblemException(403, "no-account", "No account",
                "Tokens belong to accounts; '" + identity.getPrincipal().getName() + "' is signed in without one"));
    }

    public static SecurityIdentity of(UserView user) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.email()))
                .addRole(user.role())
                .addAttribute(USER_ID, user.id())
                .build();
    }
}
