package io.gazette.dashboard;

import io.gazette.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** The front door: {@code /} sends a signed-in person to the dashboard and anyone else to the sign-in page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Dashboard dashboard);

        static native TemplateInstance dashboard$activeSends(List<SendRow> activeSends);
    }

    private final DashboardService dashboards;
    private final SecurityIdentity identity;

    public DashboardResource(DashboardService dashboards, SecurityIdentity identity) {
        this.dashboards = dashboards;
        this.identity = identity;
    }

    @PermitAll
    @GET
    public Response home() {
        return Response.seeOther(URI.create(identity.isAnonymous() ? "/login" : "/dashboard")).build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @GET
    @Path("dashboard")
    public TemplateInstance dashboard() {
        return Templates.dashboard(dashboards.dashboard());
    }

    /** The live part of the dashboard, polled by the page while sends run. */
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @GET
    @Path("dashboard/sends")
    public TemplateInstance activeSends() {
        return Templates.dashboard$activeSends(dashboards.activeSends());
    }
}
