package io.gazette.security.audit;

import io.gazette.security.Roles;
import io.gazette.shared.paging.Page;
import io.gazette.shared.paging.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@RolesAllowed(Roles.ADMIN)
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditLog audit;
    private final PageParams pageParams;

    public AuditResource(AuditLog audit, PageParams pageParams) {
        this.audit = audit;
        this.pageParams = pageParams;
    }

    @GET
    public Page<AuditEntryView> list(@QueryParam("action") String action,
                                     @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return audit.list(action, pageParams.of(page, size));
    }
}
