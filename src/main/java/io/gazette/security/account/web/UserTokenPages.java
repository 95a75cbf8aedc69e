package io.gazette.security.account.web;

import io.gazette.security.Roles;
import io.gazette.security.account.UserService;
import io.gazette.security.account.UserView;
import io.gazette.shared.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/** Any user's API tokens, for admins only, as {@code /api/users/{id}/tokens}: list, create for them, revoke. */
@Path("/users/{id}/tokens")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed(Roles.ADMIN)
public class UserTokenPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tokens(UserView user, TokenPanel tokens);
    }

    private final UserService users;
    private final TokenForms tokenForms;

    public UserTokenPages(UserService users, TokenForms tokenForms) {
        this.users = users;
        this.tokenForms = tokenForms;
    }

    @GET
    public TemplateInstance tokens(long id) {
        UserView user = users.view(id);
        return Templates.tokens(user, tokenForms.panel(path(id), id));
    }

    /** Answers the page with the new token on it, never a redirect: see {@link TokenForms#create}. */
    @POST
    public Response create(long id, @RestForm String name) {
        UserView user = users.view(id);
        TokenPanel panel = tokenForms.create(path(id), id, name);
        return Response.status(panel.refused() ? 422 : 200).entity(Templates.tokens(user, panel))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{tokenId}/revoke")
    public Response revoke(long id, long tokenId) {
        return Flash.redirect(path(id), tokenForms.revoke(id, tokenId));
    }

    private static String path(long id) {
        return "/users/" + id + "/tokens";
    }
}
