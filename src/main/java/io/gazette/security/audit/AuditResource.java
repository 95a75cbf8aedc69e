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

import java.util.List;

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

    /** Newest first; every filter is optional (see {@link AuditQuery}), {@code from} and {@code to} are days. */
    @GET
    public Page<AuditEntryView> list(@QueryParam("action") String action, @QueryParam("actor") String actor,
                                     @QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return audit.list(new AuditQuery(action, actor, from, to), pageParams.of(page, size));
    }

    /** The actions the log holds, to filter by. */
    @GET
    @Path("/actions")
    public List<String> actions() {
        return audit.actions();
    }
}
