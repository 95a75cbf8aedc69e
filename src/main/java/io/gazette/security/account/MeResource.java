package io.gazette.security.account;

import io.gazette.security.Roles;
import io.gazette.shared.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The account behind the current session or token. */
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final UserService users;
    private final SecurityIdentity identity;

    public MeResource(UserService users, SecurityIdentity identity) {
        this.users = users;
        this.identity = identity;
    }

    @GET
    public UserView me() {
        String email = identity.getPrincipal().getName();
        return users.findActive(email)
                .orElseThrow(() -> new ProblemException(404, "no-account", "No account",
                        "'" + email + "' is signed in without an account (a test identity?)"));
    }
}
