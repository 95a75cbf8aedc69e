package io.gazette.issue;

import io.gazette.shared.http.Preconditions;
import io.gazette.shared.paging.Page;
import io.gazette.shared.paging.PageParams;
import io.gazette.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IssueResource {

    private final IssueService issues;
    private final PasteImportService pasteImport;
    private final PageParams pageParams;

    public IssueResource(IssueService issues, PasteImportService pasteImport, PageParams pageParams) {
        this.issues = issues;
        this.pasteImport = pasteImport;
        this.pageParams = pageParams;
    }

    @GET
    @Path("/newsletters/{newsletterId}/issues")
    public Page<IssueSummary> list(long newsletterId, @QueryParam("status") List<IssueStatus> status,
                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Set<IssueStatus> statuses = status == null || status.isEmpty() ? Set.of() : EnumSet.copyOf(status);
        return issues.list(newsletterId, statuses, pageParams.of(page, size));
    }

    @POST
    @Path("/newsletters/{newsletterId}/issues")
    public Response create(long newsletterId, @Valid @NotNull IssueRequest request) {
        return created(issues.create(newsletterId, request));
    }

    @GET
    @Path("/issues/{id}")
    public Response get(long id) {
        return ok(issues.view(id));
    }

    @PUT
    @Path("/issues/{id}")
    public Response update(long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull IssueRequest request) {
        return ok(issues.update(id, request, ifMatch));
    }

    @DELETE
    @Path("/issues/{id}")
    public void delete(long id) {
        issues.delete(id);
    }

    @POST
    @Path("/issues/{id}/status")
    public Response changeStatus(long id, @Valid @NotNull StatusChange change) {
        return ok(issues.changeStatus(id, change));
    }

    @POST
    @Path("/issues/{id}/duplicate")
    public Response duplicate(long id, DuplicateRequest request) {
        return created(issues.duplicate(id, request == null ? new DuplicateRequest(false) : request));
    }

    @POST
    @Path("/issues/{id}/import")
    @Consumes({MediaType.TEXT_PLAIN, "text/markdown"})
    public PasteImportResult importText(long id, @QueryParam("replace") @DefaultValue("false") boolean replace, String text) {
        return pasteImport.importText(id, text, replace);
    }

    private static Response ok(IssueView issue) {
        return Response.ok(issue).header("ETag", Preconditions.etag(issue.version())).build();
    }

    private static Response created(IssueView issue) {
        URI location = UriBuilder.fromPath("/api/issues/{id}").build(issue.id());
        return Response.created(location).entity(issue).header("ETag", Preconditions.etag(issue.version())).build();
    }
}
