package io.gazette.security.web;

import io.gazette.security.Roles;
import io.gazette.security.account.UserService;
import io.gazette.security.account.UserView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * What the app layout's header needs to know of the person signed in: their name, and whether admin-only links are
 * shown. The links are hidden, not just refused, so that an editor never meets a page they cannot open.
 */
@Named("nav")
@RequestScoped
public class NavMenu {

    private final SecurityIdentity identity;
    private final UserService users;
    private String name;

    public NavMenu(SecurityIdentity identity, UserService users) {
        this.identity = identity;
        this.users = users;
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public String getName() {
        if (name == null) {
            String principal = identity.isAnonymous() ? "" : identity.getPrincipal().getName();
            name = users.findActive(principal).map(UserView::displayName).orElse(principal);
        }
        return name;
    }
}
