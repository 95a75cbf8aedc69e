package io.gazette.security.token;

import io.gazette.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * Any user's API tokens, for admins: the JSON twin of the users page's token view, with the same service calls as a
 * user's own {@code /api/tokens}. A token an admin creates acts as its owner; the audit log names the admin.
 */
@RolesAllowed(Roles.ADMIN)
@Path("/api/users/{id}/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserTokenResource {

    private final TokenService tokens;

    public UserTokenResource(TokenService tokens) {
        this.tokens = tokens;
    }

    @GET
    public List<TokenView> list(long id) {
        return tokens.list(id);
    }

    /** Answers the token itself this once, as {@code POST /api/tokens} does. */
    @POST
    public Response create(long id, @Valid @NotNull NewTokenRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(tokens.create(id, request.name()))
                .header("Cache-Control", "no-store")
                .build();
    }

    @DELETE
    @Path("/{tokenId}")
    public TokenView revoke(long id, long tokenId) {
        return tokens.revoke(id, tokenId);
    }
}
