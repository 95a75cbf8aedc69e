package io.gazette.security;

/**
 * The two roles. Every REST resource names the roles it admits with {@code @RolesAllowed} (or {@code @PermitAll} for
 * public endpoints); unannotated endpoints are denied (see {@code quarkus.security.jaxrs.deny-unannotated-endpoints}).
 */
public final class Roles {

    /** Everything, including users, lists, subscribers, SMTP and sending settings. */
    public static final String ADMIN = "admin";

    /** Newsletters' issues: compose, preview, test-send, schedule and send; read-only view of lists. */
    public static final String EDITOR = "editor";

    private Roles() {
    }
}
