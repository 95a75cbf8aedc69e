package io.gazette.security.login;

import io.gazette.security.Roles;
import io.gazette.security.SessionCookie;
import io.gazette.security.account.UserService;
import io.gazette.security.audit.AuditLog;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * The browser's way in and out. The sign-in form posts to Quarkus form login ({@code /j_security_check}); this
 * resource only serves the sign-in page and signs out. Both forms carry the rest-csrf token. The signed-in person's
 * own page is {@code account/web/AccountPages}.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut);
    }

    private final SecurityIdentity identity;
    private final UserService users;
    private final SessionCookie session;
    private final AuditLog audit;

    public LoginResource(SecurityIdentity identity, UserService users, SessionCookie session, AuditLog audit) {
        this.identity = identity;
        this.users = users;
        this.session = session;
        this.audit = audit;
    }

    /** {@code error} is set by the form login's error page redirect; its value is never shown. */
    @PermitAll
    @GET
    @Path("login")
    public Response login(@QueryParam("error") String error, @QueryParam("signed-out") String signedOut) {
        return page(Templates.login(error != null, signedOut != null));
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(RoutingContext context) {
        String email = identity.getPrincipal().getName();
        session.clear(context);
        audit.record(email, "logout", users.findActive(email).map(user -> AuditLog.target("user", user.id())).orElse(null), null);
        return Response.seeOther(URI.create("/login?signed-out=1")).build();
    }

    /** Pages carry a CSRF token, so no cache may keep them. */
    private static Response page(TemplateInstance page) {
        return Response.ok(page).header("Cache-Control", "no-store").build();
    }
}
