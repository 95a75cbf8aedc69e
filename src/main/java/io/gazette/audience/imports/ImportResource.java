package io.gazette.audience.imports;

import io.gazette.audience.PageLimits;
import io.gazette.audience.SubscriptionStatus;
import io.gazette.security.Roles;
import io.gazette.shared.paging.KeysetPage;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * CSV imports. The file is the raw request body ({@code curl --data-binary @people.csv -H 'Content-Type: text/csv'});
 * the answer is 202 with the job, whose progress and rejected lines can then be followed here.
 */
@RolesAllowed(Roles.ADMIN)
@Path("/api/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private final ImportUploads uploads;
    private final ImportJobs jobs;
    private final ImportReport report;
    private final PageLimits limits;
    private final SecurityIdentity identity;

    public ImportResource(ImportUploads uploads, ImportJobs jobs, ImportReport report, PageLimits limits,
                          SecurityIdentity identity) {
        this.uploads = uploads;
        this.jobs = jobs;
        this.report = report;
        this.limits = limits;
        this.identity = identity;
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Response upload(InputStream body,
                           @QueryParam("mode") @DefaultValue("SUBSCRIBE") ImportMode mode,
                           @QueryParam("list") List<Long> lists,
                           @QueryParam("status") SubscriptionStatus status,
                           @QueryParam("overwrite") @DefaultValue("false") boolean overwrite,
                           @QueryParam("delimiter") @DefaultValue(",") String delimiter,
                           @HeaderParam("X-File-Name") String fileName,
                           UriInfo uri) {
        ImportOptions options = new ImportOptions(mode, Set.copyOf(lists == null ? List.of() : lists), status,
                overwrite, ImportOptions.delimiter(delimiter));
        ImportJobView job = uploads.accept(options, body, fileName, identity.getPrincipal().getName());
        return Response.accepted(job).location(uri.getAbsolutePathBuilder().path(String.valueOf(job.id())).build()).build();
    }

    @GET
    public KeysetPage<ImportJobView> page(@QueryParam("before") Long before, @QueryParam("limit") Integer limit) {
        return jobs.page(before, limits.check(limit));
    }

    @GET
    @Path("/{id}")
    public ImportJobView get(long id) {
        return jobs.view(id);
    }

    /** The lines not imported, in line order: pass the previous page's {@code next} as {@code after}. */
    @GET
    @Path("/{id}/errors")
    public KeysetPage<ImportErrorView> errors(long id, @QueryParam("after") Long after, @QueryParam("limit") Integer limit) {
        return jobs.errors(id, after == null ? 0 : after, limits.check(limit));
    }

    /** Every line not imported as one CSV file ({@code line,outcome,reason,detail,row}), streamed. */
    @GET
    @Path("/{id}/errors.csv")
    @Produces("text/csv")
    public Response errorsCsv(long id) {
        return report.download(id);
    }

    /** Stops the import after the chunk it is writing; lines already imported stay imported. */
    @POST
    @Path("/{id}/cancel")
    public ImportJobView cancel(long id) {
        return jobs.cancel(id);
    }
}
