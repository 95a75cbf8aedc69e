package io.gazette.issue;

import io.gazette.shared.http.Preconditions;
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

@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
@Path("/api/issues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IssueResource {

    private final IssueService issues;
    private final PasteImportService pasteImport;

    public IssueResource(IssueService issues, PasteImportService pasteImport) {
        this.issues = issues;
        this.pasteImport = pasteImport;
    }

    @GET
    @Path("/{id}")
    public Response get(long id) {
        return ok(issues.view(id));
    }

    @PUT
    @Path("/{id}")
    public Response update(long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull IssueRequest request) {
        return ok(issues.update(id, request, ifMatch));
    }

    @DELETE
    @Path("/{id}")
    public void delete(long id) {
        issues.delete(id);
    }

    @POST
    @Path("/{id}/status")
    public Response changeStatus(long id, @Valid @NotNull StatusChange change) {
        return ok(issues.changeStatus(id, change));
    }

    @POST
    @Path("/{id}/duplicate")
    public Response duplicate(long id, DuplicateRequest request) {
        return created(issues.duplicate(id, request == null ? new DuplicateRequest(false) : request));
    }

    @POST
    @Path("/{id}/import")
    @Consumes({MediaType.TEXT_PLAIN, "text/markdown"})
    public PasteImportResult importText(long id, @QueryParam("replace") @DefaultValue("false") boolean replace, String text) {
        return pasteImport.importText(id, text, replace);
    }

    private static Response ok(IssueView issue) {
        return Response.ok(issue).header("ETag", Preconditions.etag(issue.version())).build();
    }

    static Response created(IssueView issue) {
        URI location = UriBuilder.fromPath("/api/issues/{id}").build(issue.id());
        return Response.created(location).entity(issue).header("ETag", Preconditions.etag(issue.version())).build();
    }
}
