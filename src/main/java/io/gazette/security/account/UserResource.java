package io.gazette.security.account;

import io.gazette.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.List;

@RolesAllowed(Roles.ADMIN)
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    private final UserService users;

    public UserResource(UserService users) {
        this.users = users;
    }

    @GET
    public List<UserView> list() {
        return users.list();
    }

    @GET
    @Path("/{id}")
    public UserView get(long id) {
        return users.view(id);
    }

    @POST
    public Response create(@Valid @NotNull NewUserRequest request) {
        UserView created = users.create(request);
        return Response.created(UriBuilder.fromPath("/api/users/{id}").build(created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}/role")
    public UserView changeRole(long id, @Valid @NotNull RoleChange change) {
        return users.changeRole(id, change.role());
    }

    @POST
    @Path("/{id}/disable")
    public UserView disable(long id) {
        return users.setEnabled(id, false);
    }

    @POST
    @Path("/{id}/enable")
    public UserView enable(long id) {
        return users.setEnabled(id, true);
    }

    @POST
    @Path("/{id}/password")
    public UserView resetPassword(long id, @Valid @NotNull PasswordReset reset) {
        return users.resetPassword(id, reset.password());
    }
}
