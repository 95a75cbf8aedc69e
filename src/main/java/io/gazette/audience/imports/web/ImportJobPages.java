package io.gazette.audience.imports.web;

import io.gazette.audience.imports.ImportErrorView;
import io.gazette.audience.imports.ImportJobView;
import io.gazette.audience.imports.ImportJobs;
import io.gazette.audience.imports.ImportReport;
import io.gazette.audience.list.ListService;
import io.gazette.audience.list.ListView;
import io.gazette.security.Roles;
import io.gazette.shared.paging.KeysetPage;
import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.web.Htmx;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * One import as it goes: live progress, cancel, and the lines it did not import with the downloadable report. The
 * progress block polls itself while the import runs; the answer that finds it ended tells the page to reload the
 * rejected lines, which only then are all known.
 */
@Path("/imports/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class ImportJobPages {

    static final int LINES_PER_PAGE = 50;

    /** The htmx event fired when the polled progress finds the import ended; the rejected lines listen for it. */
    static final String ENDED = "import-ended";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance job(ImportJobView job, List<String> listNames, KeysetPage<ImportErrorView> rejected,
                                           Long after);

        static native TemplateInstance job$progress(ImportJobView job);

        static native TemplateInstance job$rejected(ImportJobView job, KeysetPage<ImportErrorView> rejected, Long after);
    }

    private final ImportJobs jobs;
    private final ImportReport report;
    private final ListService lists;

    public ImportJobPages(ImportJobs jobs, ImportReport report, ListService lists) {
        this.jobs = jobs;
        this.report = report;
        this.lists = lists;
    }

    /** {@code after} is the last line of the previous page of rejected lines, as in the API's {@code errors}. */
    @GET
    public TemplateInstance job(long id, @QueryParam("after") Long after) {
        ImportJobView job = jobs.view(id);
        return Templates.job(job, listNames(job), rejected(id, after), after);
    }

    /** The progress block alone, polled every two seconds while the import runs. */
    @GET
    @Path("progress")
    public Response progress(long id) {
        ImportJobView job = jobs.view(id);
        Response.ResponseBuilder answer = Response.ok(Templates.job$progress(job));
        return (job.status().isDone() ? answer.header("HX-Trigger", ENDED) : answer).build();
    }

    /** The rejected lines alone, reloaded when the import ends. */
    @GET
    @Path("rejected")
    public TemplateInstance rejectedLines(long id, @QueryParam("after") Long after) {
        return Templates.job$rejected(jobs.view(id), rejected(id, after), after);
    }

    @POST
    @Path("cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(long id, @Context HttpHeaders headers) {
        String page = "/imports/" + id;
        try {
            jobs.cancel(id);
            return Htmx.redirect(headers, page, "Cancelling: the import stops after the lines it is writing now; "
                    + "what it imported stays.");
        } catch (ProblemException refused) {
            if (refused.status() != 409) {
                throw refused;
            }
            return Htmx.redirect(headers, page, "Import #" + id + " had already ended.");
        }
    }

    /** Every line not imported, as CSV: the same report as {@code GET /api/imports/{id}/errors.csv}. */
    @GET
    @Path("report.csv")
    @Produces("text/csv")
    public Response report(long id) {
        return report.download(id);
    }

    private KeysetPage<ImportErrorView> rejected(long id, Long after) {
        return jobs.errors(id, after == null ? 0 : after, LINES_PER_PAGE);
    }

    private List<String> listNames(ImportJobView job) {
        return lists.list().stream().filter(list -> job.lists().contains(list.id())).map(ListView::name).toList();
    }
}
