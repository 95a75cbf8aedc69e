package io.gazette.newsletter;

import io.gazette.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Admins grant editors newsletters: {@code /api/users/{id}/newsletters}, beside the rest of account administration. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/users/{id}/newsletters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EditorGrantResource {

    private final EditorGrants grants;

    public EditorGrantResource(EditorGrants grants) {
        this.grants = grants;
    }

    @GET
    public EditorGrantView get(long id) {
        return EditorGrantView.of(id, grants.ofAccount(id));
    }

    @PUT
    public EditorGrantView replace(long id, @Valid @NotNull EditorGrantRequest request) {
        return EditorGrantView.of(id, grants.replace(id, request.newsletterIds()));
    }
}
