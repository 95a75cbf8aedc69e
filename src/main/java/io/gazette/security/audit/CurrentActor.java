package io.gazette.security.audit;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/** The name to write into the audit log for whoever is acting now: the signed-in user, or the system itself. */
@ApplicationScoped
public class CurrentActor {

    /** Scheduled jobs and start-up work, where no person is signed in. */
    public static final String SYSTEM = "system";

    /** A request nobody signed in to, e.g. a public page. */
    public static final String ANONYMOUS = "anonymous";

    private final CurrentIdentityAssociation identities;

    public CurrentActor(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    public String name() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity identity = identities.getIdentity();
        return identity == null || identity.isAnonymous() ? ANONYMOUS : identity.getPrincipal().getName();
    }
}
