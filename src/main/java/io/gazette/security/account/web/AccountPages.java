package io.gazette.security.account.web;

import io.gazette.security.AccountIdentities;
import io.gazette.security.Roles;
import io.gazette.security.account.UserService;
import io.gazette.shared.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/** The signed-in person's own account and API tokens, for both roles, as {@code /api/me} and {@code /api/tokens} are. */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class AccountPages {

    static final String TOKENS = "/account/tokens";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(AccountView account, TokenPanel tokens);
    }

    /** Who is signed in; a test identity without an account shows its principal name and no tokens. */
    public record AccountView(String name, String email, String role) {
    }

    private final SecurityIdentity identity;
    private final UserService users;
    private final TokenForms tokenForms;

    public AccountPages(SecurityIdentity identity, UserService users, TokenForms tokenForms) {
        this.identity = identity;
        this.users = users;
        this.tokenForms = tokenForms;
    }

    @GET
    public TemplateInstance account() {
        return Templates.account(signedIn(), AccountIdentities.userId(identity).map(id -> tokenForms.panel(TOKENS, id)).orElse(null));
    }

    /** Answers the page itself, with the new token on it, never a redirect: see {@link TokenForms#create}. */
    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createToken(@RestForm String name) {
        TokenPanel panel = tokenForms.create(TOKENS, userId(), name);
        return Response.status(panel.refused() ? 422 : 200).entity(Templates.account(signedIn(), panel))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("tokens/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revokeToken(long id) {
        return Flash.redirect("/account", tokenForms.revoke(userId(), id));
    }

    private AccountView signedIn() {
        String email = identity.getPrincipal().getName();
        return users.findActive(email)
                .map(user -> new AccountView(user.displayName(), user.email(), user.role()))
                .orElseGet(() -> new AccountView(email, email, String.join(", ", identity.getRoles())));
    }

    private long userId() {
        return AccountIdentities.requireUserId(identity);
    }
}
