package io.gazette.security;

/**
 * The two roles. Every REST resource names the roles it admits with {@code @RolesAllowed} (or {@code @PermitAll} for
 * public endpoints); unannotated endpoints are denied (see {@code quarkus.security.jaxrs.deny-unannotated-endpoints}).
 */
public final class Roles {

    /** Everything, including users, lists, subscribers, SMTP and sending settings. */
    public static final String ADMIN = "admin";

    /**
     * The issues of the newsletters an admin granted: compose, preview, test-send, schedule and send; a read-only view
     * of those newsletters' lists and subscribers.
     */
    public static final String EDITOR = "editor";

    private Roles() {
    }
}
