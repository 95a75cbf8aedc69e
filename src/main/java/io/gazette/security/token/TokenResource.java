package io.gazette.security.token;

import io.gazette.security.AccountIdentities;
import io.gazette.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
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

/** Each user's own API tokens. */
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenResource {

    private final TokenService tokens;
    private final SecurityIdentity identity;

    public TokenResource(TokenService tokens, SecurityIdentity identity) {
        this.tokens = tokens;
        this.identity = identity;
    }

    @GET
    public List<TokenView> list() {
        return tokens.list(currentUserId());
    }

    /** Answers the token itself this once; it is not stored and cannot be shown again. */
    @POST
    public Response create(@Valid @NotNull NewTokenRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(tokens.create(currentUserId(), request.name()))
                .header("Cache-Control", "no-store")
                .build();
    }

    @DELETE
    @Path("/{id}")
    public TokenView revoke(long id) {
        return tokens.revoke(currentUserId(), id);
    }

    private long currentUserId() {
        return AccountIdentities.requireUserId(identity);
    }
}
