package io.gazette.audience.imports.web;

import io.gazette.audience.imports.ImportJobView;
import io.gazette.audience.imports.ImportJobs;
import io.gazette.audience.imports.ImportOptions;
import io.gazette.audience.imports.ImportUploads;
import io.gazette.audience.list.ListService;
import io.gazette.audience.list.ListView;
import io.gazette.security.Roles;
import io.gazette.shared.paging.KeysetPage;
import io.gazette.shared.problem.Problem.FieldError;
import io.gazette.shared.problem.ProblemException;
import io.gazette.shared.web.Flash;
import io.gazette.shared.web.FormErrors;
import io.gazette.shared.web.FormValues;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV imports and exports, for admins only as in the JSON API: the recent imports, the upload form and the export
 * form. An upload goes to the import service the API uses; the browser's multipart file is already on disk and is
 * streamed from there, never read into memory.
 */
@Path("/imports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class ImportPages {

    static final int JOBS_PER_PAGE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance imports(KeysetPage<ImportJobView> jobs, boolean older, List<ListView> lists,
                                               ImportForm form, FormErrors errors);
    }

    private final ImportUploads uploads;
    private final ImportJobs jobs;
    private final ListService lists;
    private final SecurityIdentity identity;

    public ImportPages(ImportUploads uploads, ImportJobs jobs, ListService lists, SecurityIdentity identity) {
        this.uploads = uploads;
        this.jobs = jobs;
        this.lists = lists;
        this.identity = identity;
    }

    /** Newest first; {@code before} is the previous page's last job, as in {@code GET /api/imports}. */
    @GET
    public TemplateInstance list(@QueryParam("before") Long before) {
        return page(before, ImportForm.blank(), FormErrors.NONE);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@BeanParam ImportForm form) {
        try {
            ImportJobView job = start(form);
            return Flash.redirect("/imports/" + job.id(), "Import #" + job.id() + " started.");
        } catch (ProblemException refused) {
            int status = refused.status() >= 500 ? refused.status() : 422;
            return Response.status(status).entity(page(null, form, FormErrors.of(refused))).build();
        }
    }

    private ImportJobView start(ImportForm form) {
        ImportOptions options = checked(form);
        try (InputStream body = Files.newInputStream(form.file.uploadedFile())) {
            return uploads.accept(options, body, form.file.fileName(), identity.getPrincipal().getName());
        } catch (IOException e) {
            throw new ProblemException(400, "upload-failed", "Upload failed", "The upload could not be read: " + e.getMessage());
        }
    }

    /** The options as the service checks them, refused together with a missing file so every error shows at once. */
    private ImportOptions checked(ImportForm form) {
        List<FieldError> errors = new ArrayList<>();
        ImportOptions options = null;
        try {
            options = form.toOptions();
            jobs.check(options);
        } catch (ProblemException refused) {
            errors.addAll(refused.errors());
        }
        if (!form.hasFile()) {
            errors.add(new FieldError("file", "choose a CSV file that is not empty"));
        }
        FormValues.refuseIfAny(errors);
        return options;
    }

    private TemplateInstance page(Long before, ImportForm form, FormErrors errors) {
        return Templates.imports(jobs.page(before, JOBS_PER_PAGE), before != null, lists.list(), form, errors);
    }
}
