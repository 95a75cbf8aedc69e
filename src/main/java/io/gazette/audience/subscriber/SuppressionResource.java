package io.gazette.audience.subscriber;

import io.gazette.audience.PageLimits;
import io.gazette.security.Roles;
import io.gazette.shared.paging.KeysetPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The suppression list holds bare addresses, personal data, so only admins see or change it. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/suppressions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SuppressionResource {

    private final SuppressionService suppressions;
    private final PageLimits limits;

    public SuppressionResource(SuppressionService suppressions, PageLimits limits) {
        this.suppressions = suppressions;
        this.limits = limits;
    }

    @GET
    public KeysetPage<SuppressionView> page(@QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        return suppressions.page(after, limits.check(limit));
    }

    @GET
    @Path("/{email}")
    public SuppressionView get(String email) {
        return suppressions.get(email);
    }

    @POST
    public SuppressionView add(@Valid @NotNull SuppressionRequest request) {
        return suppressions.add(request);
    }

    @DELETE
    @Path("/{email}")
    public void remove(String email) {
        suppressions.remove(email);
    }
}
