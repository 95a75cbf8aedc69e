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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

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
    @Operation(summary = "Import items from a pasted digest",
            description = "Reads numbered items ('1. Headline' or '## 1. Headline'), the intro before them and a 'Wrapping up' "
                    + "closing, from plain text, Markdown or a copy of a web page. The answer's warnings (each with its line "
                    + "and message) say where the text was read other than it was written: a numbering slip read through, "
                    + "numbered lines kept as a list in an item, page furniture left out, a second link kept in a body. "
                    + "The import saves whatever the warnings; ask for a dry run first to review them. A text with a bad "
                    + "item is refused whole (400), each error naming the item and its line.")
    public PasteImportResult importText(long id,
            @Parameter(description = "Replace the issue's items instead of appending to them.")
            @QueryParam("replace") @DefaultValue("false") boolean replace,
            @Parameter(description = "Parse and check without saving anything: the answer lists the items as they would "
                    + "be created (without ids), the warnings and the issue's current version, with dryRun true; "
                    + "refusals are the same as for the import itself.")
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            String text) {
        return pasteImport.importText(id, text, replace, dryRun);
    }

    private static Response ok(IssueView issue) {
        return Response.ok(issue).header("ETag", Preconditions.etag(issue.version())).build();
    }

    static Response created(IssueView issue) {
        URI location = UriBuilder.fromPath("/api/issues/{id}").build(issue.id());
        return Response.created(location).entity(issue).header("ETag", Preconditions.etag(issue.version())).build();
    }
}
