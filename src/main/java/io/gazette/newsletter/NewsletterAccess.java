package io.gazette.newsletter;

import io.gazette.shared.access.Scope;
import io.gazette.security.AccountIdentities;
import io.gazette.security.Roles;
import io.gazette.shared.problem.ProblemException;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Per-newsletter permissions, asked by the services (never by resources or pages, so the API and the pages agree).
 * An editor's account reaches only the newsletters an admin granted it ({@link EditorGrants}), and through them their
 * lists, subscribers, issues and sends; anything else is answered as if it did not exist (404), so ids of other
 * newsletters' data cannot be probed. Admins, work without a request (scheduler, send workers) and anonymous
 * requests (public pages, each authorised by its own route) are not narrowed.
 */
@ApplicationScoped
public class NewsletterAccess {

    private final CurrentIdentityAssociation identities;
    private final EditorGrants grants;

    public NewsletterAccess(CurrentIdentityAssociation identities, EditorGrants grants) {
        this.identities = identities;
        this.grants = grants;
    }

    public Scope scope() {
        return editorAccount().map(grants::of).map(Scope::only).orElse(Scope.every());
    }

    /** Nothing, when the newsletter is in scope; otherwise the 404 that {@code what} {@code id} does not exist. */
    public void require(long newsletterId, String what, Object id) {
        if (!scope().includes(newsletterId)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /**
     * The account of the editor acting now. An identity without an account is not narrowed: only tests make one
     * ({@code @TestSecurity}); every sign-in, by session or token, yields an account's identity.
     */
    private Optional<Long> editorAccount() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        SecurityIdentity identity = identities.getIdentity();
        if (identity == null || identity.isAnonymous() || identity.hasRole(Roles.ADMIN) || !identity.hasRole(Roles.EDITOR)) {
            return Optional.empty();
        }
        return AccountIdentities.userId(identity);
    }
}
